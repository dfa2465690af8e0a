import "server-only";
import { MonitorBody } from "./MonitorBody";

/**
 * A monitor's body as an HTML string, for the live Dashboard's fragment route: a plain React render,
 * not a page (no layout, no payload for React in the browser — htmx only wants the element).
 */
export async function monitorBodyHtml(props: Parameters<typeof MonitorBody>[0]): Promise<string> {
  // Loaded when first needed, the way @react-email/render loads it: Next keeps react-dom/server out of
  // what Server Components import statically.
  const { renderToStaticMarkup } = await import("react-dom/server");
  return renderToStaticMarkup(<MonitorBody {...props} />);
}
