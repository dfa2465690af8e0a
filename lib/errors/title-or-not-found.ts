import "server-only";
import { getTranslations } from "next-intl/server";
import { NotFoundError } from "./domain-errors";

/**
 * A page title that names an object the viewer may not see is "Seite nicht gefunden": the title
 * never tells that the object exists. The page itself answers the 404 (orNotFound), so the title
 * need not throw a second time.
 */
export async function titleOrNotFound(title: () => Promise<string>): Promise<{ title: string }> {
  try {
    return { title: await title() };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return { title: (await getTranslations("NotFound"))("title") };
  }
}
