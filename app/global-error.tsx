"use client";

import "./globals.css";

/**
 * When even the root layout fails, nothing tells which language the visitor reads (that comes
 * from the layout's providers): the page says it in both.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="de">
      <body>
        <title>Ein Fehler ist aufgetreten · Lotse</title>
        <main id="main" className="public-main">
          <h1>Ein Fehler ist aufgetreten</h1>
          <p>Lotse konnte diese Seite gerade nicht anzeigen. Bitte versuchen Sie es in einem Moment erneut.</p>
          <div lang="en">
            <h2>Something went wrong</h2>
            <p>Lotse could not show this page just now. Please try again in a moment.</p>
          </div>
          {error.digest ? <p>Fehlernummer / error reference: {error.digest}</p> : null}
          <p>
            <a href="/manager">Management Center</a>
          </p>
        </main>
      </body>
    </html>
  );
}
