// The copydesk extension: finds the server, starts it over stdio, forwards
// settings. Everything else happens in the server.
import * as fs from "fs";
import * as path from "path";
import * as cp from "child_process";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, State } from "vscode-languageclient/node";

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem;

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
function settings(): object {
  const c = vscode.workspace.getConfiguration("copydesk");
  const published = c.get<string>("published");
  return { copydesk: { published: published || undefined, rules: c.get<object>("rules") ?? {} } };
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
    synchronize: { configurationSection: "copydesk" },
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
      cp.execFile(serverPath(context), ["explain", rule], async (err, stdout, stderr) => {
        const content = err ? stderr || String(err) : stdout;
        const doc = await vscode.workspace.openTextDocument({ language: "markdown", content });
        await vscode.commands.executeCommand("markdown.showPreview", doc.uri);
      });
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
