// Scripts (admin CLI, demo, benchmarks) call the domain layer directly from Node; the
// "server-only" guard exists for bundles and is mapped to this empty module here.
export {};
