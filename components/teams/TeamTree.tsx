import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TeamTreeNode } from "@/lib/teams/teams";

/** The nested list of teams; the arrow beside a team starts "Teilteam hinzufügen" for it. */
export function TeamTree({ roots, mayAddSubTeams }: { roots: TeamTreeNode[]; mayAddSubTeams: boolean }) {
  const t = useTranslations("Teams");
  const render = (nodes: TeamTreeNode[]) => (
    <ul>
      {nodes.map((node) => (
        <li key={node.id}>
          <div className="tree-row">
            <Link href={`/manager/teams/${node.id}`}>{node.name}</Link>
            <span className="muted">{t("agentCount", { count: node.agentCount })}</span>
            {mayAddSubTeams ? (
              <Link
                href={`/manager/teams?parent=${node.id}#add-team`}
                aria-label={t("addSubTeamArrow", { team: node.name })}
                title={t("addSubTeamArrow", { team: node.name })}
              >
                <span aria-hidden="true">➜</span>
              </Link>
            ) : null}
          </div>
          {node.children.length > 0 ? render(node.children) : null}
        </li>
      ))}
    </ul>
  );
  return <div className="tree">{render(roots)}</div>;
}
