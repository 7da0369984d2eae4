-- :checkhealth copydesk
local M = {}

function M.check()
  vim.health.start('copydesk')
  if vim.fn.has('nvim-0.11') == 1 then
    vim.health.ok('Neovim 0.11 or later')
  else
    vim.health.error('copydesk needs Neovim 0.11 or later (vim.lsp.config)')
  end
  local config = vim.lsp.config.copydesk or {}
  local cmd = (config.cmd or { 'copydesk' })[1]
  if vim.fn.executable(cmd) == 1 then
    local version = vim.fn.system({ cmd, '--version' })
    vim.health.ok('server found: ' .. vim.trim(version))
  else
    vim.health.error('`' .. cmd .. '` is not executable', { 'Install it: cargo install --path . in the copydesk repository' })
  end
  local clients = vim.lsp.get_clients({ name = 'copydesk' })
  vim.health.info(#clients .. ' copydesk client(s) running')
end

return M
