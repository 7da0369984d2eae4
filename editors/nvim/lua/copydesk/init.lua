-- copydesk for Neovim 0.11+: registers the language server and links its
-- semantic token types to highlight groups every colour scheme defines.
local M = {}

-- Each token type of the server's legend, and the group it borrows its
-- colour from.
M.highlights = {
  ['@lsp.type.person'] = '@variable',
  ['@lsp.type.country'] = '@module',
  ['@lsp.type.place'] = '@label',
  ['@lsp.type.organization'] = '@type',
  ['@lsp.type.date'] = '@number',
  ['@lsp.type.money'] = '@number.float',
  ['@lsp.type.percent'] = '@number.float',
  ['@lsp.type.quantity'] = '@number',
}

--- Sets copydesk up.
--- @param opts? { cmd?: string[], filetypes?: string[], init_options?: table }
function M.setup(opts)
  opts = opts or {}
  for group, link in pairs(M.highlights) do
    vim.api.nvim_set_hl(0, group, { link = link, default = true })
  end
  local config = {}
  for _, key in ipairs({ 'cmd', 'filetypes', 'init_options', 'root_markers' }) do
    if opts[key] ~= nil then
      config[key] = opts[key]
    end
  end
  vim.lsp.config('copydesk', config)
  vim.lsp.enable('copydesk')
end

return M
