-- The init file of an interactive Neovim in a terminal (tmux), as a user
-- would have it: true colours, a shipped colour scheme, diagnostics as
-- virtual text, the copydesk plugin. When the server has coloured the
-- first "Qatar" (where the cursor is put) and published diagnostics, it
-- writes $COPYDESK_READY so the test knows the screen is settled.
vim.o.termguicolors = true
vim.cmd.colorscheme('habamax')
vim.o.number = true
vim.o.linebreak = true
vim.o.winborder = 'rounded'
vim.diagnostic.config({ virtual_text = true })
vim.opt.rtp:prepend(vim.env.COPYDESK_ROOT .. '/editors/nvim')
require('copydesk').setup({ cmd = { vim.env.COPYDESK_BIN, 'serve', '--stdio' } })

vim.api.nvim_create_autocmd('LspAttach', {
  callback = function(ev)
    vim.fn.search('Qatar')
    local function settled()
      local row, col = vim.fn.line('.') - 1, vim.fn.col('.') - 1
      local tokens = vim.lsp.semantic_tokens.get_at_pos(ev.buf, row, col) or {}
      return #vim.diagnostic.get(ev.buf) > 0 and #tokens > 0
    end
    local function poll()
      if settled() then
        vim.fn.writefile({ 'ready' }, vim.env.COPYDESK_READY)
      else
        vim.defer_fn(poll, 20)
      end
    end
    poll()
  end,
})
