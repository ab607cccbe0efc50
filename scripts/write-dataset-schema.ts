import { writeFileSync } from "fs";
import { resolve } from "path";
import { datasetJsonSchema } from "../src/data/json-schema";

const target = resolve(__dirname, "../src/data/dataset.schema.json");
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
