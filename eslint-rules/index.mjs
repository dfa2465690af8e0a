import { noWriteDuringRender } from "./no-write-during-render.mjs";

/** Lotse's own ESLint rules (wired in eslint.config.mjs). */
const lotsePlugin = { meta: { name: "lotse" }, rules: { "no-write-during-render": noWriteDuringRender } };

export default lotsePlugin;
