import { describe, expect, it } from "vitest";
import { readForm } from "@/lib/forms/form-fields";
import { dateRowsToShow, holidaySetFormValues, hoursSetFormValues, rangeRowsToShow } from "./form-values";
import { holidaySetFields, holidaySetInputOf, hoursSetFields, hoursSetInputOf } from "./set-form-fields";
import { parseHolidaySetInput, parseHoursSetInput } from "./set-input";
import { parseWeek } from "./week";

function formDataOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  return form;
}

// What the actions do with a submitted form.
function hoursSetInputFromForm(form: FormData) {
  const read = readForm(hoursSetFields, form);
  if (!read.ok) throw new Error(JSON.stringify(read.fieldErrors));
  return hoursSetInputOf(read.values);
}

function holidaySetInputFromForm(form: FormData) {
  const read = readForm(holidaySetFields, form);
  if (!read.ok) throw new Error(JSON.stringify(read.fieldErrors));
  return holidaySetInputOf(read.values);
}

const common = {
  name: "Bürozeiten",
  timeZone: "Europe/Berlin",
  closedMessageDe: "Zu",
  closedMessageEn: "Closed",
  portalIds: ["p1", "p2"],
};

describe("form values", () => {
  it("round-trips a week through the form, midnight shown as 00:00 and stored as 24:00", () => {
    const parsed = parseWeek([
      {
        mode: "ranges",
        ranges: [
          { from: "09:00", to: "12:00" },
          { from: "13:00", to: "17:00" },
        ],
      },
      { mode: "ranges", ranges: [{ from: "18:00", to: "24:00" }] },
      { mode: "open" },
      { mode: "closed" },
      { mode: "ranges", ranges: [{ from: "22:00", to: "02:00" }] },
      { mode: "closed" },
      { mode: "closed" },
    ]);
    if (!parsed.ok) throw new Error("week");
    const values = hoursSetFormValues({ ...common, week: parsed.week });
    expect(values["week.tue.0.to"]).toBe("00:00");
    expect(values["portal.p1"]).toBe("on");
    // The form shows three rows; the browser sends the empty ones too.
    const sent = { ...values, "week.mon.2.from": "", "week.mon.2.to": "", assignPortals: "1" };
    const input = hoursSetInputFromForm(formDataOf(sent));
    expect(input.portalIds).toEqual(["p1", "p2"]);
    expect(parseHoursSetInput(input)).toEqual({ ...common, week: parsed.week });
  });

  it("leaves the assignment alone when the form has no portal checkboxes", () => {
    expect(hoursSetInputFromForm(formDataOf({ name: "x", "portal.p1": "on" })).portalIds).toBeUndefined();
  });

  it("reads numbered rows by their number: a gap is an empty row, so errors keep their row", () => {
    const input = holidaySetInputFromForm(formDataOf({ "dates.2.name": "Fest", "dates.2.everyYear": "on" }));
    expect(input.dates).toEqual([
      { name: "", startDate: "", endDate: "", everyYear: false },
      { name: "", startDate: "", endDate: "", everyYear: false },
      { name: "Fest", startDate: "", endDate: "", everyYear: true },
    ]);
    const week = hoursSetInputFromForm(formDataOf({ "week.mon.mode": "ranges", "week.mon.1.to": "10:00" })).week;
    expect(week[0]).toEqual({
      mode: "ranges",
      ranges: [
        { from: "", to: "" },
        { from: "", to: "10:00" },
      ],
    });
    expect(week[6]).toEqual({ mode: "", ranges: [] });
  });

  it("round-trips holiday dates; a single day shows an empty end", () => {
    const dates = [
      { name: "Ausflug", startDate: "2026-06-12", endDate: "2026-06-12", everyYear: false },
      { name: "Weihnachten", startDate: "2026-12-24", endDate: "2027-01-01", everyYear: true },
    ];
    const values = holidaySetFormValues({ ...common, dates });
    expect(values["dates.0.endDate"]).toBe("");
    const input = holidaySetInputFromForm(
      formDataOf({ ...values, "dates.2.name": "", "dates.2.startDate": "", "dates.2.endDate": "" }),
    );
    expect(input.dates).toHaveLength(3);
    expect(parseHolidaySetInput(input).dates).toEqual(dates);
  });

  it("shows the ranges a day has and no empty ones; dates: at least three rows, more before saving, what was sent after", () => {
    expect(rangeRowsToShow({ "week.mon.0.from": "09:00", "week.mon.3.to": "10:00" }, "mon")).toBe(4);
    expect(rangeRowsToShow({ "week.mon.mode": "closed" }, "mon")).toBe(0);
    expect(rangeRowsToShow({ "week.mon.3.to": "" }, "mon")).toBe(4);
    expect(dateRowsToShow({ "dates.0.name": "x", "dates.1.name": "y" }, false)).toBe(4);
    expect(dateRowsToShow({ dateRows: "6", "dates.0.name": "x" }, true)).toBe(6);
  });
});
