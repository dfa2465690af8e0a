import type { SearchParams } from "@/lib/forms/page-props";
import { portalPageMetadata, renderPortalPage } from "./portal-page";

type Props = { params: Promise<{ portal: string }>; searchParams: SearchParams };

/** A customer portal: its first sub-portal. */
export default async function PortalPage({ params, searchParams }: Props) {
  return renderPortalPage({ portal: (await params).portal }, searchParams);
}

export async function generateMetadata({ params }: Props) {
  return portalPageMetadata({ portal: (await params).portal });
}
