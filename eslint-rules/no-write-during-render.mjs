/**
 * Rendering never writes (decision record 11): a page, layout or component also renders for a link
 * prefetch, a crawler or a reload, so a write there happens when nobody asked for it. Writes belong
 * in server actions, route handlers and event streams.
 *
 * The convention the rule checks: a function that writes is named for the write. What it reports is
 * a call, in rendering code, of a function imported from the domain or the routes (`@/lib/…`,
 * `@/app/…`, or a relative path) that is
 * - a server action (`…Action`, the name every action carries), or
 * - a domain function whose name starts with a writing verb (WRITE_VERBS: `touchPresence`,
 *   `createAgent`, `recordActivity`, …).
 * Reads are named for what they return (`getX`, `listX`, `xOf`, `currentX`); a predicate (`isX`,
 * `hasX`, `mayX`, `canX`), a React hook (`useFormAction` prepares an action, it does not run one)
 * and a name ending in what it builds (`…Path`, `…Href`, `…Title`: `setPath`
 * is the path of a business-hours *set*) are reads too. In a client component only the component's
 * own body renders; its handlers and effects run later, on events, so calls inside them are not
 * rendering. What the rule cannot see: a read whose body writes — that is kept out by review and the
 * domain's tests.
 */
const WRITE_VERBS = [
  "accept",
  "add",
  "archive",
  "assign",
  "cancel",
  "change",
  "claim",
  "close",
  "create",
  "decline",
  "delete",
  "deliver",
  "discard",
  "end",
  "enqueue",
  "expire",
  "finish",
  "grant",
  "import",
  "insert",
  "join",
  "leave",
  "mark",
  "move",
  "publish",
  "purge",
  "reactivate",
  "record",
  "register",
  "remove",
  "rename",
  "reset",
  "respond",
  "restore",
  "retry",
  "revoke",
  "rotate",
  "save",
  "send",
  "set",
  "sign",
  "start",
  "store",
  "submit",
  "touch",
  "update",
  "upload",
  "upsert",
  "withdraw",
  "write",
];

const WRITING_NAME = new RegExp(`^(?:${WRITE_VERBS.join("|")})(?:[A-Z0-9_]|$)|Action$`);
const READING_NAME = /^(?:is|has|may|can|use)[A-Z]|(?:Path|Href|Title)$/;

const writes = (name) => WRITING_NAME.test(name) && !READING_NAME.test(name);

/** Modules of this project (the domain, the routes): calls into libraries are their own business. */
const isProjectModule = (source) =>
  source.startsWith("@/lib/") || source.startsWith("@/app/") || source.startsWith(".");

/** @type {import("eslint").Rule.RuleModule} */
export const noWriteDuringRender = {
  meta: {
    type: "problem",
    docs: { description: "Disallow calling writing domain functions and server actions while rendering" },
    schema: [],
    messages: {
      write:
        "'{{name}}' writes, and this code runs while rendering (a prefetch renders too). Write in a server action, a route handler or an event stream (decision record 11).",
    },
  },
  create(context) {
    const clientComponent = context.sourceCode.ast.body.some(
      (statement) => statement.type === "ExpressionStatement" && statement.directive === "use client",
    );
    /** Local name → the name it was imported as, for imports from project modules. */
    const imported = new Map();
    const namespaces = new Set();
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type" || !isProjectModule(String(node.source.value))) return;
        for (const specifier of node.specifiers) {
          if (specifier.type === "ImportNamespaceSpecifier") namespaces.add(specifier.local.name);
          else if (specifier.type === "ImportSpecifier" && specifier.importKind !== "type")
            imported.set(specifier.local.name, specifier.imported.name ?? specifier.imported.value);
          else if (specifier.type === "ImportDefaultSpecifier")
            imported.set(specifier.local.name, specifier.local.name);
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        let name = null;
        if (callee.type === "Identifier" && imported.has(callee.name)) name = imported.get(callee.name);
        else if (
          callee.type === "MemberExpression" &&
          callee.object.type === "Identifier" &&
          namespaces.has(callee.object.name) &&
          callee.property.type === "Identifier"
        )
          name = callee.property.name;
        if (name === null || !writes(name)) return;
        if (clientComponent && functionDepth(node) > 1) return;
        // Imports are module-scoped; a local of the same name shadows the import.
        if (callee.type === "Identifier" && isShadowed(context, node, callee.name)) return;
        context.report({ node, messageId: "write", data: { name } });
      },
    };
  },
};

/** How many functions enclose `node`: 1 is a component's own body, more a handler or an effect inside it. */
function functionDepth(node) {
  let depth = 0;
  for (let at = node.parent; at; at = at.parent)
    if (at.type === "FunctionDeclaration" || at.type === "FunctionExpression" || at.type === "ArrowFunctionExpression")
      depth++;
  return depth;
}

function isShadowed(context, node, name) {
  for (let scope = context.sourceCode.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable) return !variable.defs.some((def) => def.type === "ImportBinding");
  }
  return false;
}
