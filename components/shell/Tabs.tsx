import Link from "next/link";

/** Tabs as links ("Registerkarten" in the manual); the current one is marked for screen readers. */
export function Tabs({
  label,
  tabs,
  current,
}: {
  label: string;
  tabs: { href: string; label: string }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link href={tab.href} aria-current={tab.href === current ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
