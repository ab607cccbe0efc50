import { historyPeriods, seriesHistory, type PeriodKind } from "../../core/seriesHistory";
import { answer, type Answer } from "../../core/_lib/outcome";
import { BLANK, isRefusal, toDate, toNumber } from "../coerce";
import { messages, refuse, type Refusal } from "../errors";
import { defineFunction, excelName, run, type CellScalar, type FunctionSpec } from "../spec";
import { functionKey } from "./source";

/** The parameter a dated function takes its period in, and whether it is a year or a date. */
interface PeriodParam {
  readonly index: number;
  readonly name: string;
  readonly kind: PeriodKind;
}

function periodParamOf(spec: FunctionSpec): PeriodParam | undefined {
  const index = spec.params.findIndex((p) => p.name === "year" || p.name === "date");
  if (index < 0) return undefined;
  const param = spec.params[index];
  return { index, name: param.name, kind: param.kind === "date" ? "date" : "year" };
}

/**
 * RE.HISTORY, built over the functions it can run: every one with a year or date parameter. It runs the
 * named function's spec through the same runner for each period the dataset has, with the caller's
 * other arguments, so each row is exactly what the function gives for that period.
 */
export function historySpec(functions: readonly FunctionSpec[]) {
  const dated = new Map(
    functions.flatMap((spec) => {
      const period = periodParamOf(spec);
      return period ? [[spec.name, { spec, period }] as const] : [];
    })
  );
  return defineFunction({
    name: "HISTORY",
    description:
      "A dated RE function over every period the dataset has, as Bloomberg's BDH gives a history: a header row, then one row per period, ascending, with the period, the value and its sources.",
    params: [
      {
        name: "function_name",
        kind: "text",
        description: `The dated RE function: ${[...dated.keys()].join(", ")} (with or without "RE.").`,
      },
      {
        name: "args",
        kind: "arguments",
        optional: true,
        repeating: true,
        description:
          "The function's arguments as you give them to it; leave its year or date out (or blank) for the history up to the dataset's as-of date, or give it as the last period.",
      },
    ],
    returns: "matrix",
    result:
      'A header row (period, RE.<function>, source), then one row per period with a value: the year or date, the value in the function\'s unit, and the ids of the sources behind it (RE.TABLE("sources") lists them).',
    example: {
      formula: '=RE.HISTORY("SHARE", "China", "mining")',
      shows:
        "year | RE.SHARE | source, then one row per year USGS mine production gives China's share for",
    },
    sources:
      'The named function\'s own records, period by period; RE.SOURCE("HISTORY", …) cites every row.',
    compute: (data, [name, args]) => {
      const entry = dated.get(functionKey(name));
      if (!entry) return refuse("invalid", messages.notAHistoryFunction(name, [...dated.keys()]));
      const { spec, period } = entry;
      const given = [...(args ?? [])];
      const label = { fn: "RE.HISTORY", param: period.name };
      const end =
        period.kind === "date"
          ? toDate(given[period.index], label)
          : toNumber(given[period.index], label, true);
      if (isRefusal(end)) return end;
      const periods = historyPeriods(data, period.kind, end === BLANK ? undefined : end);
      let passedOn: Refusal | undefined;
      const rows = seriesHistory(
        periods,
        (at) => {
          const callArgs = [...given];
          callArgs[period.index] = at;
          const value = run(spec, callArgs, data);
          if (value.ok) return value as Answer<CellScalar>;
          if (!("message" in value)) passedOn = value;
          return "message" in value ? value : refuse("invalid", "");
        },
        excelName(spec)
      );
      if (passedOn) return passedOn;
      if (!rows.ok) return rows;
      return answer(
        [
          [period.name, excelName(spec), "source"],
          ...rows.value.map((r) => [r.period, r.value, r.sources]),
        ],
        rows.basis
      );
    },
  });
}
