// Regenerates the rule settings in package.json from `copydesk rules
// --format json`, so the extension offers exactly the server's rules.
//   node scripts/gen-settings.mjs [--check] [path/to/copydesk]
// With --check, exits 1 if package.json is out of date (CI runs this).
import { execFileSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const binary = args.find((a) => !a.startsWith("--")) ?? "copydesk";
const rules = JSON.parse(execFileSync(binary, ["rules", "--format", "json"], { encoding: "utf8" }));

const pkgPath = new URL("../package.json", import.meta.url);
const text = readFileSync(pkgPath, "utf8");
const pkg = JSON.parse(text);
const properties = {};
for (const rule of rules) {
  properties[rule.code] = {
    type: "string",
    enum: ["off", "hint", "info", "warning", "error"],
    default: rule.severity,
    description: rule.summary,
  };
}
pkg.contributes.configuration.properties["copydesk.rules"].properties = properties;
const updated = JSON.stringify(pkg, null, 2) + "\n";
if (check) {
  if (updated !== text) {
    console.error("editors/vscode/package.json rule settings are stale: run npm run gen-settings");
    process.exit(1);
  }
  console.log(`package.json rule settings match the server's ${rules.length} rules`);
} else {
  writeFileSync(pkgPath, updated);
}
