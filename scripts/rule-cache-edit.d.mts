/** The `*.styles.ts` source with its root cached (unchanged when it is already). */
export function adoptRuleCache(source: string): string;
/** The eight component roots' `*.styles.ts` modules, relative to the repository root. */
export const componentStyles: string[];
/** A stand-in for src/internal/ruleCache.ts that caches nothing. */
export const noRuleCache: string;
