-- Opens an article in headless Neovim with the copydesk plugin, waits for
-- the server, and writes what the user would see as JSON:
--   nvim --headless --clean -l check.lua ROOT SERVER ARTICLE OUT
local root, server, article, out = arg[1], arg[2], arg[3], arg[4]
local result = { attached = false }

local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.json.encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.opt.rtp:prepend(root .. '/editors/nvim')
  require('copydesk').setup({ cmd = { server, 'serve', '--stdio' } })
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  vim.bo.filetype = 'text'
  local buf = vim.api.nvim_get_current_buf()

  result.attached = vim.wait(10000, function()
    return #vim.lsp.get_clients({ bufnr = buf, name = 'copydesk' }) > 0
  end, 20)
  vim.wait(10000, function()
    return #vim.diagnostic.get(buf) > 0
  end, 20)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, message = d.message, code = d.code, severity = d.severity })
  end

  -- The wrong weekday's preferred quick fix, asked and applied through
  -- Neovim's client, as `vim.lsp.buf.code_action()` would.
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'date/weekday-mismatch' then
      local client = vim.lsp.get_clients({ bufnr = buf, name = 'copydesk' })[1]
      local range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
      local params = {
        textDocument = { uri = vim.uri_from_bufnr(buf) },
        range = range,
        context = { diagnostics = { d.user_data.lsp } },
      }
      local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 5000) or {}
      for _, r in pairs(responses) do
        for _, action in ipairs(r.result or {}) do
          if action.isPreferred and action.edit then
            result.fix_title = action.title
            vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
            result.fixed_line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
          end
        end
      end
    end
  end

  -- Where "Qatar" first appears: hover there, and read its token.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for lnum, line in ipairs(lines) do
    local col = line:find('Qatar', 1, true)
    if col then
      result.qatar = { line = lnum - 1, col = col - 1 }
      break
    end
  end
  if result.qatar then
    local row, col = result.qatar.line, result.qatar.col
    vim.wait(10000, function()
      return #(vim.lsp.semantic_tokens.get_at_pos(buf, row, col + 1) or {}) > 0
    end, 20)
    result.tokens = {}
    for _, t in ipairs(vim.lsp.semantic_tokens.get_at_pos(buf, row, col + 1) or {}) do
      table.insert(result.tokens, t.type)
    end
    local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = row, character = col + 1 } }
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 5000) or {}
    for _, r in pairs(responses) do
      if r.result and r.result.contents then
        result.hover = r.result.contents.value
      end
    end
  end
end)
if not ok then
  result.error = tostring(err)
end
finish()
