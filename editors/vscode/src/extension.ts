// The copydesk extension: finds the server, starts it over stdio, forwards
// settings. Everything else happens in the server.
import * as fs from "fs";
import * as path from "path";
import * as cp from "child_process";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, State } from "vscode-languageclient/node";

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem;

/** This extension's own pages for the rules (`copydesk-rule:/date/weekday-mismatch.md`),
 * where a diagnostic's code links unless `copydesk.ruleDocs` names a site. */
const RULE_SCHEME = "copydesk-rule";

/** The server binary: the setting, else the bundled one, else PATH. */
function serverPath(context: vscode.ExtensionContext): string {
  const configured = vscode.workspace.getConfiguration("copydesk").get<string>("server.path");
  if (configured) {
    return configured;
  }
  const exe = process.platform === "win32" ? "copydesk.exe" : "copydesk";
  const bundled = path.join(context.extensionPath, "server", exe);
  return fs.existsSync(bundled) ? bundled : exe;
}

/** The editor's settings in the shape the server reads. */
function settings(): { copydesk: object } {
  const c = vscode.workspace.getConfiguration("copydesk");
  const published = c.get<string>("published");
  const ruleDocs = c.get<string>("ruleDocs") || `${RULE_SCHEME}:/{code}.md`;
  return { copydesk: { published: published || undefined, rules: c.get<object>("rules") ?? {}, ruleDocs } };
}

/** A rule's documentation, as `copydesk explain` prints it (Markdown). */
function explain(context: vscode.ExtensionContext, code: string): Promise<string> {
  return new Promise((resolve) => {
    cp.execFile(serverPath(context), ["explain", code], (err, stdout, stderr) => {
      resolve(err ? stderr || String(err) : stdout);
    });
  });
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const command = serverPath(context);
  const serverOptions: ServerOptions = { command, args: ["serve", "--stdio"] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "plaintext" },
      { scheme: "file", language: "markdown" },
      { scheme: "untitled", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
    ],
    initializationOptions: settings(),
    // The server asks for its settings (`workspace/configuration`): answer
    // in its shape, with the rule-docs default filled in.
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) => (item.section === "copydesk" ? settings().copydesk : answers[i]));
        },
      },
    },
  };
  client = new LanguageClient("copydesk", "copydesk", serverOptions, clientOptions);
  client.onDidChangeState((e) => {
    status.text = e.newState === State.Running ? "$(check) copydesk" : "$(sync~spin) copydesk";
    status.tooltip = e.newState === State.Running ? `copydesk (${command})` : "copydesk is starting";
  });
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.text = "$(sync~spin) copydesk";
  status.command = "copydesk.restartServer";
  status.show();
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("copydesk") && client?.isRunning()) {
        client.sendNotification("workspace/didChangeConfiguration", { settings: settings() });
      }
    }),
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, {
      provideTextDocumentContent: (uri) => explain(context, uri.path.replace(/^\//, "").replace(/\.md$/, "")),
    }),
    vscode.commands.registerCommand("copydesk.restartServer", async () => {
      if (client) {
        await client.stop();
      }
      await start(context);
    }),
    vscode.commands.registerCommand("copydesk.explainRule", async (code?: string) => {
      const rule = code ?? (await vscode.window.showInputBox({ prompt: "Rule code, e.g. date/weekday-mismatch" }));
      if (!rule) {
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: await explain(context, rule) });
      await vscode.commands.executeCommand("markdown.showPreview", doc.uri);
    }),
  );
  try {
    await start(context);
  } catch (e) {
    status.text = "$(error) copydesk";
    vscode.window.showErrorMessage(`copydesk: could not start the server: ${e}`);
  }
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
