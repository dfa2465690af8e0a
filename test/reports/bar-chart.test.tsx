// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/reports/BarChart";

const format = (value: number) => new Intl.NumberFormat("de").format(value);

function render(bars: { label: string; value: number }[]) {
  const html = renderToStaticMarkup(
    <BarChart
      title="Anfragen je Tag"
      bars={bars}
      formatValue={format}
      summary="Mo: 1.200; Di: 600; Mi: 0"
      empty="Keine Daten"
    />,
  );
  const doc = new DOMParser().parseFromString(html, "text/html");
  return { html, doc };
}

describe("BarChart", () => {
  it("is one labelled image with its values in words, and a caption", () => {
    const { doc } = render([
      { label: "Mo", value: 1200 },
      { label: "Di", value: 600 },
      { label: "Mi", value: 0 },
    ]);
    const svg = doc.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    const [titleId, descId] = svg.getAttribute("aria-labelledby")!.split(" ");
    expect(doc.getElementById(titleId!)?.textContent).toBe("Anfragen je Tag");
    expect(doc.getElementById(descId!)?.textContent).toBe("Mo: 1.200; Di: 600; Mi: 0");
    expect(doc.querySelector("figcaption")?.textContent).toBe("Anfragen je Tag");
  });

  it("draws each bar in proportion to the largest and writes its value beside it", () => {
    const { doc } = render([
      { label: "Mo", value: 1200 },
      { label: "Di", value: 600 },
      { label: "Mi", value: 0 },
    ]);
    const widths = [...doc.querySelectorAll("rect")].map((rect) => Number(rect.getAttribute("width")));
    expect(widths[0]).toBeGreaterThan(0);
    expect(widths[1]).toBe(widths[0]! / 2);
    expect(widths[2]).toBe(0);
    expect([...doc.querySelectorAll("g")].map((g) => g.textContent)).toEqual(["Mo1.200", "Di600", "Mi0"]);
  });

  it("says so instead of drawing nothing", () => {
    expect(render([]).html).toBe("<p>Keine Daten</p>");
    // All zero: bars of no length, no division by zero.
    const { doc } = render([{ label: "Mo", value: 0 }]);
    expect(doc.querySelector("rect")?.getAttribute("width")).toBe("0");
  });
});
