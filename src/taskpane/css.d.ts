/** webpack's `asset/source` rule (webpack.config.js) turns an imported .css file into its text. */
declare module "*.css" {
  const text: string;
  export default text;
}
