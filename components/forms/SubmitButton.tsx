"use client";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

export function SubmitButton({
  children,
  name,
  value,
  variant = "primary",
  label,
}: {
  children: ReactNode;
  /** An accessible name that says more than the visible text (which it must begin with), e.g. in a table row. */
  label?: string;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`button button-${variant}`}
      aria-label={label}
      aria-disabled={pending || undefined}
    >
      {children}
    </button>
  );
}
