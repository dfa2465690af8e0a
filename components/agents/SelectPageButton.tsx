"use client";
import { useEffect, useRef, useState } from "react";

/**
 * "Alle auswählen" / "Auswahl aufheben" for the rows of one page. Without JavaScript it is a submit
 * button: the list's action answers with the same page, every row ticked (or none). With it, the
 * button ticks the boxes in place, and follows the boxes when they are ticked one by one.
 */
export function SelectPageButton({
  allSelected,
  selectLabel,
  clearLabel,
  selectedText,
}: {
  allSelected: boolean;
  selectLabel: string;
  clearLabel: string;
  /** Said (and shown) while every row of the page is ticked. */
  selectedText: string;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const [all, setAll] = useState(allSelected);
  const boxes = () => [
    ...(button.current?.form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="agentIds"]') ?? []),
  ];
  useEffect(() => {
    const form = button.current?.form;
    if (!form) return;
    const follow = () => {
      const rows = boxes();
      setAll(rows.length > 0 && rows.every((box) => box.checked));
    };
    form.addEventListener("change", follow);
    return () => form.removeEventListener("change", follow);
  }, []);
  return (
    <>
      <button
        ref={button}
        type="submit"
        name="intent"
        value={all ? "clearPage" : "selectPage"}
        className="button button-secondary"
        onClick={(event) => {
          const rows = boxes();
          if (rows.length === 0) return;
          event.preventDefault();
          for (const box of rows) box.checked = !all;
          setAll(!all);
        }}
      >
        {all ? clearLabel : selectLabel}
      </button>
      <span role="status">{all ? selectedText : ""}</span>
    </>
  );
}
