import { getTranslations } from "next-intl/server";
import { createCompanyManagerAction } from "@/app/admin/actions";
import { CreateCompanyManagerForm } from "@/components/admin/CreateCompanyManagerForm";
import { requirePrincipal } from "@/lib/auth/require-principal";

export default async function NewCompanyManagerPage() {
  await requirePrincipal("admin");
  const t = await getTranslations("Admin");
  return (
    <>
      <h1>{t("managers.add")}</h1>
      <CreateCompanyManagerForm action={createCompanyManagerAction} />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Admin");
  return { title: t("managers.add") };
}
