/* The published JSON Schema as src/data/tables.ts reads it: each table's columns, in schema order, and
 * nothing else. tables.ts is in the functions bundle (RE.TABLE's columns), and the schema's descriptions
 * and patterns would otherwise ship in every page that loads it; the schema itself is served whole
 * (dist/data/dataset.schema.json). */
module.exports = function tableColumnsLoader(source) {
  const schema = JSON.parse(source);
  const properties = {};
  for (const [table, spec] of Object.entries(schema.properties ?? {})) {
    const columns = spec?.items?.properties;
    if (columns)
      properties[table] = {
        items: { properties: Object.fromEntries(Object.keys(columns).map((c) => [c, {}])) },
      };
  }
  return JSON.stringify({ properties });
};
