-- Drives `goodrel lsp` with Neovim's built-in client (headless; Neovim 0.7 or newer), on
-- the plan and file given in GOODREL_PLAN and GOODREL_FILE, and writes what it saw to
-- GOODREL_OUT, one `key<TAB>value` line per observation, for tests/it/neovim.rs.
local out = assert(io.open(os.getenv('GOODREL_OUT'), 'w'))
local function say(key, value)
  out:write(key .. '\t' .. tostring(value):gsub('\n', ' ') .. '\n')
  out:flush()
end
local ok, err = pcall(function()
  local file = os.getenv('GOODREL_FILE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = 'goodrel',
    cmd = { os.getenv('GOODREL_BIN'), 'lsp' },
    root_dir = os.getenv('GOODREL_PLAN'),
  })
  vim.lsp.buf_attach_client(buf, id)
  local function codes()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(list, (d.code or d.user_data and d.user_data.lsp and d.user_data.lsp.code or '?') .. '@' .. d.lnum)
    end
    return table.concat(list, ' ')
  end
  local function has_ia012()
    return string.find(' ' .. codes() .. ' ', ' IA012@20 ', 1, true) ~= nil
  end
  say('attached', vim.wait(20000, has_ia012, 50))
  say('codes', codes())
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.lnum == 20 then say('message', d.message) end
  end
  local client = vim.lsp.get_client_by_id(id)
  local function request(method, line, col)
    local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = col } }
    local answers = vim.lsp.buf_request_sync(buf, method, params, 10000) or {}
    for _, a in pairs(answers) do
      if a.result then return a.result end
    end
  end
  -- Hover on the key `responsible` of M2.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local m2, m3 = nil, nil
  for i, l in ipairs(lines) do
    if l:find('responsible: integration%-services') then m2 = i - 1 end
    if l:find('title: Kielikahvila') then m3 = i - 1 end
  end
  local hover = request('textDocument/hover', m2, 6)
  say('hover', hover and hover.contents and hover.contents.value or '')
  -- An unsaved edit: M3 gets a responsible actor.
  vim.api.nvim_buf_set_lines(buf, m3 + 1, m3 + 1, false, { '    responsible: library' })
  say('fixed', vim.wait(20000, function() return not has_ia012() end, 50))
  local definition = request('textDocument/definition', m3 + 1, 19)
  if definition and definition[1] then definition = definition[1] end
  say('definition', definition and (definition.uri .. ':' .. definition.range.start.line) or '')
  local completion = request('textDocument/completion', m3 + 1, 17)
  local labels = {}
  for _, item in ipairs(completion and (completion.items or completion) or {}) do
    table.insert(labels, item.label)
  end
  say('completion', table.concat(labels, ' '))
  client.stop()
  say('stopped', vim.wait(10000, function() return client.is_stopped() end, 50))
end)
if not ok then say('error', err) end
out:close()
vim.cmd('qa!')
