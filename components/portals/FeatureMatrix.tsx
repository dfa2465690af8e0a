import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ResolvedFeature } from "@/lib/features/resolve-feature";
import { PORTAL_FEATURES, type PortalFeature } from "@/lib/portals/portal-features";
import { FeatureValue } from "./FeatureValue";
import { ScrollRegion } from "@/components/shell/ScrollRegion";

export type FeatureMatrixRow = {
  key: string;
  header: ReactNode;
  detail?: ReactNode;
  features: Record<PortalFeature, ResolvedFeature>;
};

/** Rows (agents or portals) × features, each cell with its effective value and the reason. */
export function FeatureMatrix({
  caption,
  rowHeader,
  rows,
}: {
  caption: string;
  rowHeader: string;
  rows: FeatureMatrixRow[];
}) {
  const t = useTranslations("Portals");
  return (
    <ScrollRegion label={caption}>
      <table className="table matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {PORTAL_FEATURES.map((feature) => (
              <th scope="col" key={feature}>
                {t(`featureNames.${feature}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.header}
                {row.detail ? <span className="muted block">{row.detail}</span> : null}
              </th>
              {PORTAL_FEATURES.map((feature) => (
                <td key={feature}>
                  <FeatureValue value={row.features[feature]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
