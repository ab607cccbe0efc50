/*
 * The functions bundle: every RE function, one module each. Importing a module is enough: the
 * CustomFunctionsMetadataPlugin (webpack.config.js) appends its CustomFunctions.associate call and
 * writes its JSDoc into functions.json.
 */
import "./re/capacity";
import "./re/convert";
import "./re/dataset";
import "./re/demand";
import "./re/dependency";
import "./re/element";
import "./re/exportcontrol";
import "./re/gaps";
import "./re/gapscore";
import "./re/hhi";
import "./re/independenceyear";
import "./re/leadtime";
import "./re/onlineyear";
import "./re/price";
import "./re/share";
import "./re/source";
import "./re/table";
