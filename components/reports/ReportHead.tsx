/** A report table's column headings: what a row is, then its figures (numbers, right-aligned). */
export function ReportHead({ first, figures }: { first: string; figures: string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {figures.map((label) => (
          <th key={label} scope="col" className="number">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
