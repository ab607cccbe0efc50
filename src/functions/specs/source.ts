import { formatBasis } from "../../core/formatBasis";
import { answer } from "../../core/_lib/outcome";
import { messages, refuse } from "../errors";
import { defineFunction, run, type FunctionSpec } from "../spec";

/** "share", "RE.SHARE", "=re.share()" all name RE.SHARE. */
export function functionKey(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/^=?\s*(RE\.)?/, "")
    .replace(/\s*\(\s*\)$/, "");
}

/** RE.SOURCE's short form: "short" after the cited function's own arguments. */
function citationForm(spec: FunctionSpec, args: readonly unknown[]): "full" | "short" {
  const last = args[args.length - 1];
  // "short" where the cited function takes no text there: beyond its parameters, or in place of a
  // range or number it would otherwise refuse (RE.CAPACITY's projects, its scenario numbers), or in
  // place of an optional last keyword ("short" is no lead-time case)
  const position = spec.params[args.length - 1];
  const lastOptional = args.length === spec.params.length && position?.optional === true;
  const textThere =
    position !== undefined &&
    position.kind !== "table" &&
    position.kind !== "number" &&
    !lastOptional;
  return !textThere && typeof last === "string" && last.trim().toLowerCase() === "short"
    ? "short"
    : "full";
}

/**
 * The arguments as the cited function's runner takes them: a function whose last parameter repeats
 * (RE.HISTORY) gets the trailing values as one list, as Excel hands them over.
 */
function callArguments(spec: FunctionSpec, args: readonly unknown[]): readonly unknown[] {
  const last = spec.params[spec.params.length - 1];
  if (!last?.repeating) return args;
  const fixed = spec.params.length - 1;
  return [...args.slice(0, fixed), args.slice(fixed)];
}

/**
 * RE.SOURCE, built over the functions it can cite: it runs the named function's spec through the same
 * runner with the same arguments, so the citation is always that of the value the cell beside it shows.
 */
export function sourceSpec(functions: readonly FunctionSpec[]) {
  const byName = new Map(functions.map((spec) => [spec.name, spec]));
  return defineFunction({
    name: "SOURCE",
    description:
      "The citation behind any RE function's result: runs the function with the same arguments and lists the records and sources its value rests on.",
    params: [
      {
        name: "function_name",
        kind: "text",
        description: 'The RE function to cite, with or without "RE." ("SHARE", "RE.CAPACITY").',
      },
      {
        name: "args",
        kind: "arguments",
        optional: true,
        repeating: true,
        description:
          'The function\'s arguments, exactly as you give them to it (values, cells or ranges); then "short" for a short citation (sources by publisher and address, dates and grades as ranges).',
      },
    ],
    returns: "text",
    result:
      "Citation text: each record's label, its sources in full, as-of date, confidence, method and notes; or the function's own error.",
    example: {
      formula: '=RE.SOURCE("SHARE", "China", "mining", 2024)',
      shows:
        "China, mining output 2024 (USGS MCS 2026) — U.S. Geological Survey, Mineral Commodity Summaries 2026 …",
    },
    sources: "The sources table: the full citation of every source id a result's records carry.",
    compute: (data, [name, args]) => {
      const spec = byName.get(functionKey(name));
      if (!spec) return refuse("invalid", messages.unknownFunction(name, [...byName.keys()]));
      const given = args ?? [];
      const form = citationForm(spec, given);
      const callArgs = callArguments(spec, form === "short" ? given.slice(0, -1) : given);
      const cited = run(spec, callArgs, data);
      return cited.ok ? answer(formatBasis(data, cited.basis, form), cited.basis) : cited;
    },
  });
}
