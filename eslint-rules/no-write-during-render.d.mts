import type { Rule } from "eslint";

export declare const WRITE_VERBS: string[];
/** Whether a function of this name writes, by the naming convention the rule checks. */
export declare function writes(name: string): boolean;
export declare const noWriteDuringRender: Rule.RuleModule;
