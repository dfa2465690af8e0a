import { InputField } from "@/components/forms/Field";
import type { FieldBinder } from "@/components/forms/field-binding";

/**
 * Who a manager is — name, login ID (e-mail format, unique among managers) and e-mail address — the
 * same three fields for team, API and company managers; only the words around them differ.
 */
export function ManagerIdentityFields({
  field,
  labels,
  loginIdHelp,
  emailHelp,
}: {
  field: FieldBinder;
  labels: { name: string; loginId: string; email: string };
  loginIdHelp?: string;
  emailHelp?: string;
}) {
  return (
    <>
      <InputField {...field("name")} label={labels.name} autoComplete="off" required />
      <InputField
        {...field("loginId")}
        type="email"
        label={labels.loginId}
        description={loginIdHelp}
        autoComplete="off"
        required
      />
      <InputField
        {...field("email")}
        type="email"
        label={labels.email}
        description={emailHelp}
        autoComplete="off"
        required
      />
    </>
  );
}
