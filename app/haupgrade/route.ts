/** The old address of the agent console (docs/architecture.md, "URLs"). Permanent, relative, any method. */
function toConsole() {
  return new Response(null, { status: 308, headers: { Location: "/agent" } });
}

export const GET = toConsole;
export const HEAD = toConsole;
