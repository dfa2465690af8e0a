/** The visible "*" after a required field's label; screen readers hear "required" from the control. */
export function RequiredMark({ required }: { required: boolean }) {
  return required ? (
    <span className="required-mark" aria-hidden="true">
      {" *"}
    </span>
  ) : null;
}
