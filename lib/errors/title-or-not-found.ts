import "server-only";
import { getTranslations } from "next-intl/server";
import { NotFoundError } from "./domain-errors";

/**
 * A page title that names an object the viewer may not see is "Seite nicht gefunden". The page
 * itself answers 404 (orNotFound); calling notFound() from generateMetadata instead makes Next send
 * its bare error document (no `lang`, no layout) to browsers without JavaScript.
 */
export async function titleOrNotFound(title: () => Promise<string>): Promise<{ title: string }> {
  try {
    return { title: await title() };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return { title: (await getTranslations("NotFound"))("title") };
  }
}
