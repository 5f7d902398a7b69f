// Starts `goodrel lsp` for YAML and TOML files: the whole of the editor support is in the
// server (docs/editors.md); this only launches it.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('goodrel');
  const lang = config.get('lang');
  const server = { command: config.get('path') || 'goodrel', args: ['lsp'] };
  client = new LanguageClient(
    'goodrel',
    'goodrel',
    { run: server, debug: server },
    {
      documentSelector: [
        { scheme: 'file', language: 'yaml' },
        { scheme: 'file', language: 'toml' },
      ],
      initializationOptions: lang ? { lang } : {},
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
