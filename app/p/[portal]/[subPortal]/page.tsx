import type { SearchParams } from "@/lib/forms/page-props";
import { portalPageMetadata, renderPortalPage } from "../portal-page";

type Props = { params: Promise<{ portal: string; subPortal: string }>; searchParams: SearchParams };

export default async function SubPortalPage({ params, searchParams }: Props) {
  return renderPortalPage(await params, searchParams);
}

export async function generateMetadata({ params }: Props) {
  return portalPageMetadata(await params);
}
