import type { ReactNode } from "react";

/** The body of the not-found and error pages: heading, what happened, where to go from here. */
export function ErrorPage({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <main id="main" className="public-main">
      <h1>{title}</h1>
      <p>{text}</p>
      {children}
    </main>
  );
}
