import { getTranslations } from "next-intl/server";
import { currentFlash } from "@/lib/flash/current-flash";
import { isNoticeKey, type NoticeKey, WARNINGS } from "@/lib/flash/notice-keys";

/**
 * The notice an action's redirect left for this page (a flash, decision record 16), or `notice` when
 * the page itself has one to show. Only known keys are shown.
 */
export async function Notice({ notice }: { notice?: NoticeKey }) {
  const flash = notice ? { kind: "notice", key: notice, count: 0 } : await currentFlash();
  if (!flash || flash.kind !== "notice" || !isNoticeKey(flash.key)) return null;
  const t = await getTranslations("Notices");
  const warning = WARNINGS.has(flash.key);
  return (
    <p role={warning ? "alert" : "status"} className={`alert ${warning ? "alert-error" : "alert-info"}`}>
      {t(flash.key, { count: flash.count ?? 0 })}
    </p>
  );
}
