import type { FunctionSpec } from "../spec";
import { CAPACITY } from "./capacity";
import { CONVERT } from "./convert";
import { DATASET } from "./dataset";
import { DEMAND } from "./demand";
import { DEPENDENCY } from "./dependency";
import { ELEMENT } from "./element";
import { EXPORTCONTROL } from "./exportcontrol";
import { GAPS } from "./gaps";
import { GAPSCORE } from "./gapscore";
import { HHI } from "./hhi";
import { historySpec } from "./history";
import { INDEPENDENCEPROB } from "./independenceprob";
import { INDEPENDENCEYEAR } from "./independenceyear";
import { INDICATOR } from "./indicator";
import { LEADTIME } from "./leadtime";
import { ONLINEYEAR } from "./onlineyear";
import { PRICE } from "./price";
import { SHARE } from "./share";
import { STOCKCOVER } from "./stockcover";
import { STARTYEAR } from "./startyear";
import { sourceSpec } from "./source";
import { TABLE } from "./table";

/** Every function RE.SOURCE can cite, in the order of the function reference. */
const CITABLE: readonly FunctionSpec[] = [
  LEADTIME,
  ONLINEYEAR,
  SHARE,
  DEPENDENCY,
  HHI,
  CAPACITY,
  INDEPENDENCEYEAR,
  INDEPENDENCEPROB,
  STARTYEAR,
  STOCKCOVER,
  DEMAND,
  CONVERT,
  PRICE,
  EXPORTCONTROL,
  INDICATOR,
  ELEMENT,
  GAPSCORE,
  GAPS,
  TABLE,
  DATASET,
];

/**
 * RE.HISTORY runs any citable function that has a year or date of data; RE.SOURCE cites it too.
 * RE.INDEPENDENCEPROB's year is a target for a forecast, not a period of data, so it has no history.
 */
export const HISTORY = historySpec(CITABLE.filter((spec) => spec !== INDEPENDENCEPROB));

export const SOURCE = sourceSpec([...CITABLE, HISTORY]);

/**
 * The registry: the whole RE library, what Excel's metadata and registration, the preview plugin, the
 * catalogue and the function reference are built from.
 */
export const SPECS: readonly FunctionSpec[] = [...CITABLE, HISTORY, SOURCE];

export {
  CAPACITY,
  CONVERT,
  DATASET,
  DEMAND,
  DEPENDENCY,
  ELEMENT,
  EXPORTCONTROL,
  GAPS,
  GAPSCORE,
  HHI,
  INDEPENDENCEPROB,
  INDEPENDENCEYEAR,
  INDICATOR,
  LEADTIME,
  ONLINEYEAR,
  PRICE,
  SHARE,
  STARTYEAR,
  STOCKCOVER,
  TABLE,
};
