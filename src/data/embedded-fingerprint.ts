import embedded from "./dataset.json";
import { datasetFingerprint } from "./fingerprint";

/**
 * The fingerprint of the dataset the add-in ships. The add-in's build computes it (webpack.config.js turns
 * this module into its value, scripts/prevaluate-loader.js), so the page neither carries SHA-256 nor hashes
 * the dataset at start-up to answer RE.DATASET("hash") or show it; elsewhere (tests, the preview) it is
 * computed when this module is first imported.
 */
export const EMBEDDED_FINGERPRINT: string = datasetFingerprint(embedded);
