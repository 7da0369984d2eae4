---@brief
--- copydesk: a language server for news articles. It colours people,
--- countries, organizations, places, dates and figures, shows what it knows
--- about them on hover, and flags what does not add up.
---
--- Install the `copydesk` binary (`cargo install --path .` in its
--- repository), then:
--- ```lua
--- vim.lsp.enable('copydesk')
--- ```
--- Settings go to the server as `initializationOptions`:
--- ```lua
--- vim.lsp.config('copydesk', {
---   init_options = { copydesk = { ignore = { 'figure' } } },
--- })
--- ```
---@type vim.lsp.Config
return {
  cmd = { 'copydesk', 'serve', '--stdio' },
  filetypes = { 'text', 'markdown' },
  root_markers = { 'copydesk.toml', '.git' },
}
