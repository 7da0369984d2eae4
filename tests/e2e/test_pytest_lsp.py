"""The server against pytest-lsp's client, which checks every message
against the LSP specification."""

import os
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("COPYDESK_BIN", str(ROOT / "target" / "release" / "copydesk"))
SEED = (ROOT / "seeds" / "000_e857ee8c00498cd5.txt").read_text(encoding="utf-8")
URI = "file:///tmp/copydesk-e2e/seed000.txt"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[SERVER, "serve", "--stdio"]))
async def client(lsp_client: LanguageClient):
    result = await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    lsp_client.copydesk_capabilities = result.capabilities
    yield
    await lsp_client.shutdown_session()


async def open_doc(client: LanguageClient, text: str, uri: str = URI):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text))
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics.get(uri, [])


def position_of(text: str, needle: str) -> types.Position:
    before = text[: text.index(needle)]
    line = before.count("\n")
    col = len(before.split("\n")[-1].encode("utf-16-le")) // 2
    return types.Position(line=line, character=col)


async def test_seed_is_clean_and_coloured(client: LanguageClient):
    diagnostics = await open_doc(client, SEED)
    assert all(d.severity not in (types.DiagnosticSeverity.Error, types.DiagnosticSeverity.Warning) for d in diagnostics)
    tokens = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert tokens is not None and len(tokens.data) > 0
    legend = client.copydesk_capabilities.semantic_tokens_provider.legend.token_types
    data = tokens.data
    line = start = 0
    decoded = []
    for i in range(0, len(data), 5):
        line += data[i]
        start = data[i + 1] if data[i] else start + data[i + 1]
        decoded.append((line, start, data[i + 2], legend[data[i + 3]]))
    azer = position_of(SEED, "Azerbaijan and Qatar")
    assert (azer.line, azer.character, 10, "country") in decoded


async def test_hover_cards(client: LanguageClient):
    await open_doc(client, SEED)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=position_of(SEED, "Qatar have"))
    )
    assert hover is not None and "Qatar" in hover.contents.value
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=position_of(SEED, "December 12"))
    )
    assert "2021-12-12" in hover.contents.value and "Sunday" in hover.contents.value
    # An international body: what it is and who belongs, from the knowledge base.
    text = "Лидеры стран ОДКБ встретились в Минске.\n"
    uri = "file:///tmp/copydesk-e2e/csto.txt"
    await open_doc(client, text, uri)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, "ОДКБ"))
    )
    assert hover is not None and "Collective Security Treaty Organization" in hover.contents.value
    assert "Члены (6" in hover.contents.value and "Q318693" in hover.contents.value


async def test_weekday_fix_and_symbols(client: LanguageClient):
    text = "The delegation met Qatar's minister on Monday, 16 June 2024.\n"
    uri = "file:///tmp/copydesk-e2e/weekday.txt"
    diagnostics = await open_doc(client, text, uri)
    weekday = [d for d in diagnostics if d.code == "date/weekday-mismatch"]
    assert len(weekday) == 1 and weekday[0].message == "16 June 2024 was a Sunday, not a Monday"
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=weekday[0].range,
            context=types.CodeActionContext(diagnostics=weekday),
        )
    )
    preferred = [a for a in actions if getattr(a, "is_preferred", False)]
    assert preferred and preferred[0].edit.changes[uri][0].new_text == "Sunday"
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert any(s.name == "Qatar" for s in symbols)
    highlights = await client.text_document_document_highlight_async(
        types.DocumentHighlightParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, "Qatar"))
    )
    assert len(highlights) == 1


async def test_references_rename_inlay_hints_and_token_deltas(client: LanguageClient):
    uri = "file:///tmp/copydesk-e2e/entities.txt"
    text = " date 2021-12-14 By Azernews\n\nMinister Sherali Kabir met Qatar's envoy yesterday. Kabir said Qatar agreed.\n"
    await open_doc(client, text, uri)
    doc = types.TextDocumentIdentifier(uri=uri)
    kabir = position_of(text, "Kabir said")

    refs = await client.text_document_references_async(
        types.ReferenceParams(text_document=doc, position=kabir, context=types.ReferenceContext(include_declaration=True))
    )
    assert len(refs) == 2, refs  # the full name and the surname alone
    prepare = await client.text_document_prepare_rename_async(types.PrepareRenameParams(text_document=doc, position=kabir))
    assert prepare.placeholder == "Sherali Kabir"
    edit = await client.text_document_rename_async(types.RenameParams(text_document=doc, position=kabir, new_name="Sherali Kabirov"))
    assert [e.new_text for e in edit.changes[uri]] == ["Sherali Kabirov", "Kabirov"]

    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(text_document=doc, range=types.Range(start=types.Position(0, 0), end=types.Position(3, 0)))
    )
    assert [h.label for h in hints] == [" 2021-12-13"]  # "yesterday", from the dateline

    full = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=doc))
    ranged = await client.text_document_semantic_tokens_range_async(
        types.SemanticTokensRangeParams(text_document=doc, range=types.Range(start=types.Position(2, 0), end=types.Position(2, 30)))
    )
    assert 0 < len(ranged.data) < len(full.data)

    # An edit that removes "Qatar's envoy" → the delta drops its token.
    start = position_of(text, "Qatar's envoy")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=start, end=types.Position(start.line, start.character + len("Qatar's envoy"))),
                    text="the envoy",
                )
            ],
        )
    )
    for _ in range(20):
        published = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if published.uri == uri and published.version == 2:
            break
    delta = await client.text_document_semantic_tokens_full_delta_async(
        types.SemanticTokensDeltaParams(text_document=doc, previous_result_id=full.result_id)
    )
    assert isinstance(delta, types.SemanticTokensDelta) and len(delta.edits) == 1
    edit = delta.edits[0]
    rebuilt = full.data[: edit.start] + (edit.data or []) + full.data[edit.start + edit.delete_count :]
    assert len(rebuilt) == len(full.data) - 5  # one token fewer


async def test_a_name_added_to_the_workspace_knowledge_is_known_once_the_file_changes(client: LanguageClient, tmp_path):
    (tmp_path / "copydesk.toml").write_text('[knowledge]\noverlay = "newsroom.toml"\n', encoding="utf-8")
    overlay = tmp_path / "newsroom.toml"
    overlay.write_text('as_of = "2024-06-01"\n', encoding="utf-8")
    article = tmp_path / "article.txt"
    text = " date 2024-05-16 By Trend\n\nMinister Farhad Guliyev-Testov met investors in Baku.\n"
    article.write_text(text, encoding="utf-8")
    uri = article.as_uri()
    await open_doc(client, text, uri)
    at = position_of(text, "Guliyev")
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(start=at, end=at),
        context=types.CodeActionContext(diagnostics=[]),
    )
    actions = await client.text_document_code_action_async(params)
    add = next(a for a in actions if "workspace knowledge" in a.title)
    assert add.title == 'Add "Farhad Guliyev-Testov" to the workspace knowledge (newsroom.toml)'
    (target, edits), = add.edit.changes.items()
    assert target == overlay.as_uri()
    # The editor applies the edit and saves; the watched file changes.
    overlay.write_text('as_of = "2024-06-01"\n' + edits[0].new_text, encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=overlay.as_uri(), type=types.FileChangeType.Changed)])
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    actions = await client.text_document_code_action_async(params)
    assert not any("workspace knowledge" in a.title for a in actions), [a.title for a in actions]


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[SERVER, "serve", "--stdio"]))
async def pull_client(lsp_client: LanguageClient):
    capabilities = types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(diagnostic=types.DiagnosticClientCapabilities())
    )
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities))
    yield
    await lsp_client.shutdown_session()


async def test_diagnostics_are_pulled_when_the_client_asks_for_them(pull_client: LanguageClient):
    uri = "file:///tmp/copydesk-e2e/pulled.txt"
    pull_client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text="The talks took place on Monday, 16 June 2024.\n")
        )
    )
    for _ in range(50):
        report = await pull_client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        if report.items:
            break
    assert [d.code for d in report.items] == ["date/weekday-mismatch"]


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[SERVER, "serve", "--stdio"]))
async def docs_client(lsp_client: LanguageClient):
    options = {"copydesk": {"ruleDocs": "https://wiki.example/copydesk/{code}"}}
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(), initialization_options=options)
    )
    yield
    await lsp_client.shutdown_session()


async def test_diagnostics_link_their_rule_docs(docs_client: LanguageClient):
    text = "The talks took place on Monday, 16 June 2024.\n"
    diagnostics = await open_doc(docs_client, text, "file:///tmp/copydesk-e2e/docs.txt")
    weekday = next(d for d in diagnostics if d.code == "date/weekday-mismatch")
    assert weekday.code_description.href == "https://wiki.example/copydesk/date/weekday-mismatch"


WORKSPACE_ARTICLE = "President Aleksandr Lukashenka met the delegation in Minsk.\n"
OPEN_ARTICLE = "President Aleksandr Lukashenko said the talks took place on Monday, 16 June 2024.\n"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[SERVER, "serve", "--stdio"]))
async def workspace_client(lsp_client: LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("newsroom")
    (root / "desk").mkdir()
    (root / "desk" / "minsk.txt").write_text(WORKSPACE_ARTICLE, encoding="utf-8")
    lsp_client.workspace_root = root
    # The editor's settings, asked by the server with workspace/configuration.
    lsp_client.set_configuration({"ignore": ["date"]}, section="copydesk")
    capabilities = types.ClientCapabilities(
        window=types.WindowClientCapabilities(work_done_progress=True),
        workspace=types.WorkspaceClientCapabilities(configuration=True),
    )
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities,
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="newsroom")],
        )
    )
    yield
    await lsp_client.shutdown_session()


async def test_workspace_progress_settings_and_names_across_articles(workspace_client: LanguageClient):
    client = workspace_client
    root = client.workspace_root
    uri = (root / "today.txt").as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=OPEN_ARTICLE)
        )
    )
    # The workspace is read with $/progress, begun and ended.
    for _ in range(100):
        kinds = [type(v).__name__ for reports in client.progress_reports.values() for v in reports]
        if "WorkDoneProgressEnd" in kinds:
            break
        await client.wait_for_notification(types.PROGRESS)
    assert "WorkDoneProgressBegin" in kinds and "WorkDoneProgressEnd" in kinds, kinds

    # The other article spells the name otherwise: an info that points there.
    # The pulled settings switched dates off: the wrong weekday stays silent.
    for _ in range(50):
        diagnostics = client.diagnostics.get(uri, [])
        if any(d.code == "entity/name-variant" for d in diagnostics):
            break
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    variant = next(d for d in diagnostics if d.code == "entity/name-variant")
    assert variant.severity == types.DiagnosticSeverity.Information
    assert '"Aleksandr Lukashenka" in minsk.txt (line 1)' in variant.message
    assert variant.related_information[0].location.uri == (root / "desk" / "minsk.txt").as_uri()
    assert not any(d.code == "date/weekday-mismatch" for d in diagnostics)

    # Workspace symbols reach the article that is not open.
    symbols = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="lukashenka"))
    assert any(s.location.uri.endswith("/desk/minsk.txt") for s in symbols)
