import { cellAddress, type CellRef, columnLetter, parseCell } from "../src/templates/a1";
import { renderChart } from "./charts";
import { FormulaRejected, type PreviewWorkbook } from "./workbook";

/** Excel's default column width (8.43 characters) and row height, in CSS pixels. */
const DEFAULT_COL_PX = 64;
const ROW_PX = 20;
const MIN_ROWS = 40;
const MIN_COLS = 12;
/** How far the grid grows when scrolled near its end, as Excel's sheet seems endless. */
const GROW_ROWS = 50;
const GROW_COLS = 10;

/** Pixels of a column `chars` characters wide, as Excel converts them at 100% zoom (Calibri 11). */
function charsToPx(chars: number): number {
  return Math.round(chars * 7 + 5);
}

interface Elements {
  grid: HTMLElement;
  formulaBar: HTMLInputElement;
  nameBox: HTMLInputElement;
  tabs: HTMLElement;
  status: HTMLElement;
  formulaError: HTMLElement;
}

type Editing =
  { source: "cell"; input: HTMLInputElement } | { source: "bar"; original: string } | null;

/**
 * The spreadsheet on screen: a grid of the active sheet (every cell a <td data-cell="A1"> whose text is the value
 * shown), a name box and a formula bar (data-testid="formula-bar"), sheet tabs and a status bar. Keys behave as in
 * Excel: type to replace a cell, F2 or double-click to edit it, Enter/Tab commit and move, Escape cancels,
 * arrows move, Delete clears, Ctrl+Z / Ctrl+Y undo and redo.
 */
export class GridView {
  private table: HTMLTableElement | null = null;
  private cells: HTMLTableCellElement[][] = [];
  private size = { rows: 0, cols: 0, sheet: "", layout: -1 };
  private editing: Editing = null;
  private overlay: HTMLElement | null = null;
  /** Rows and columns added by scrolling past the end, per sheet. */
  private noticeAt = "";
  private grown = new Map<string, { rows: number; cols: number }>();
  /** A message that stays in the status bar until the selection moves (a file opened or saved). */
  private notice: string | null = null;

  constructor(
    private readonly workbook: PreviewWorkbook,
    private readonly el: Elements
  ) {
    workbook.onChange(() => this.render());
    this.wireGrid();
    this.wireFormulaBar();
    this.wireNameBox();
    this.wireGrowth();
    this.render();
  }

  /** Shows a message in the status bar until the selection moves. */
  announce(message: string): void {
    this.notice = message;
    this.noticeAt = `${this.workbook.activeSheet}!${cellAddress(this.workbook.activeCell)}`;
    this.el.status.textContent = message;
  }

  // ------------------------------------------------------------------------------------------------ drawing

  render(): void {
    const sheet = this.workbook.activeSheet;
    if (!sheet) return;
    const used = this.workbook.usedSize(sheet);
    const active = this.workbook.activeCell;
    const grown = this.grown.get(sheet) ?? { rows: 0, cols: 0 };
    const rows = Math.max(MIN_ROWS, used.rows + 15, active.row + 10) + grown.rows;
    const cols = Math.max(MIN_COLS, used.cols + 3, active.col + 4) + grown.cols;
    const layout = this.workbook.layoutVersion;
    if (
      sheet !== this.size.sheet ||
      layout !== this.size.layout ||
      rows !== this.size.rows ||
      cols !== this.size.cols
    )
      this.build(sheet, rows, cols);
    this.fill(sheet);
    this.drawCharts(sheet);
    this.drawTabs();
    this.drawSelection();
  }

  private build(sheet: string, rows: number, cols: number): void {
    const extras = this.workbook.extrasOf(sheet);
    const table = document.createElement("table");
    table.className = "sheet";
    const colgroup = document.createElement("colgroup");
    const corner = document.createElement("col");
    corner.style.width = "40px";
    colgroup.appendChild(corner);
    for (let c = 0; c < cols; c++) {
      const col = document.createElement("col");
      const chars = extras.columnWidths[columnLetter(c)];
      col.style.width = `${chars ? charsToPx(chars) : DEFAULT_COL_PX}px`;
      colgroup.appendChild(col);
    }
    table.appendChild(colgroup);
    // A fixed-layout table honours its column widths only with an explicit width: the sum of them.
    let total = 40;
    for (let c = 0; c < cols; c++) total += this.colWidth(sheet, c);
    table.style.width = `${total}px`;
    const head = table.createTHead().insertRow();
    const cornerCell = document.createElement("th");
    cornerCell.className = "corner";
    head.appendChild(cornerCell);
    for (let c = 0; c < cols; c++) {
      const th = document.createElement("th");
      th.className = "col-header";
      th.textContent = columnLetter(c);
      head.appendChild(th);
    }
    const body = table.createTBody();
    this.cells = [];
    for (let r = 0; r < rows; r++) {
      const tr = body.insertRow();
      tr.style.height = `${ROW_PX}px`;
      const th = document.createElement("th");
      th.className = "row-header";
      th.textContent = String(r + 1);
      tr.appendChild(th);
      const rowCells: HTMLTableCellElement[] = [];
      for (let c = 0; c < cols; c++) {
        const td = tr.insertCell();
        td.dataset.cell = cellAddress({ row: r, col: c });
        td.dataset.row = String(r);
        td.dataset.col = String(c);
        rowCells.push(td);
      }
      this.cells.push(rowCells);
    }
    this.el.grid.querySelector("table.sheet")?.remove();
    this.el.grid.prepend(table);
    this.table = table;
    this.size = { rows, cols, sheet, layout: this.workbook.layoutVersion };
  }

  private colWidth(sheet: string, c: number): number {
    const chars = this.workbook.extrasOf(sheet).columnWidths[columnLetter(c)];
    return chars ? charsToPx(chars) : DEFAULT_COL_PX;
  }

  private fill(sheet: string): void {
    const scale = this.workbook.scaleFills(sheet);
    const views = this.cells.map((row, r) =>
      row.map((_, c) => this.workbook.view(sheet, { row: r, col: c }))
    );
    this.cells.forEach((row, r) =>
      row.forEach((td, c) => {
        const view = views[r][c];
        const classes = ["cell", `kind-${view.kind}`];
        if (view.style) classes.push(`style-${view.style}`);
        if (view.tableHeader) classes.push("table-header");
        if (view.spill) classes.push(`spill-${view.spill}`);
        td.className = classes.join(" ");
        td.classList.toggle("has-overflow", false);
        const background = scale.get(`${r},${c}`) ?? view.fill ?? view.look?.fill;
        td.style.background = background ?? "";
        td.style.fontWeight = view.look?.bold ? "700" : "";
        td.style.fontStyle = view.look?.italic ? "italic" : "";
        td.style.color = view.look?.color ?? "";
        td.style.fontSize = view.look?.size ? `${(view.look.size * 4) / 3}px` : "";
        td.style.whiteSpace = view.look?.wrapText ? "normal" : "";
        if (view.message) td.title = view.message;
        else td.removeAttribute("title");
        // Text runs over empty neighbours to its right, as in Excel; the cell's own text stays its textContent.
        let overflow = 0;
        if (view.kind === "text" && !view.tableHeader && view.style !== "header") {
          let width = this.colWidth(sheet, c);
          for (let n = c + 1; n < row.length && views[r][n].kind === "empty" && n <= c + 10; n++) {
            width += this.colWidth(sheet, n);
          }
          if (width > this.colWidth(sheet, c)) overflow = width;
        }
        if (overflow > 0) {
          td.classList.add("has-overflow");
          td.textContent = "";
          const span = document.createElement("span");
          span.className = "overflow";
          span.style.maxWidth = `${overflow - 1}px`;
          span.textContent = view.text;
          td.appendChild(span);
        } else {
          td.textContent = view.text;
        }
      })
    );
  }

  private drawCharts(sheet: string): void {
    this.el.grid.querySelectorAll(".chart").forEach((n) => n.remove());
    for (const chart of this.workbook.extrasOf(sheet).charts) {
      const anchor = parseCell(chart.anchor);
      const td = anchor && this.cells[anchor.row]?.[anchor.col];
      if (!td) continue;
      const box = document.createElement("div");
      box.className = "chart";
      box.dataset.testid = "chart";
      box.style.left = `${td.offsetLeft}px`;
      box.style.top = `${td.offsetTop}px`;
      box.appendChild(renderChart(this.workbook, sheet, chart));
      this.el.grid.appendChild(box);
    }
  }

  private drawTabs(): void {
    const tabs = this.el.tabs;
    tabs.textContent = "";
    for (const name of this.workbook.sheetNames) {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.className = name === this.workbook.activeSheet ? "sheet-tab active" : "sheet-tab";
      tab.dataset.testid = "sheet-tab";
      tab.dataset.sheet = name;
      tab.textContent = name;
      tab.addEventListener("click", () => {
        this.commitEdit();
        this.workbook.activate(name);
      });
      tabs.appendChild(tab);
    }
    const add = document.createElement("button");
    add.type = "button";
    add.className = "sheet-tab add";
    add.dataset.testid = "add-sheet";
    add.title = "New sheet";
    add.textContent = "+";
    add.addEventListener("click", () => {
      this.commitEdit();
      this.workbook.addBlankSheet();
    });
    tabs.appendChild(add);
  }

  private drawSelection(): void {
    const sheet = this.workbook.activeSheet;
    const active = this.workbook.activeCell;
    this.table?.querySelectorAll(".selected, .header-active").forEach((n) => {
      n.classList.remove("selected", "header-active");
    });
    this.el.grid.querySelector(".spill-outline")?.remove();
    this.el.grid
      .querySelectorAll(".validation-button, .validation-list")
      .forEach((n) => n.remove());
    const td = this.cells[active.row]?.[active.col];
    if (!td) return;
    const validation = this.workbook.validationAt(sheet, active);
    if (validation?.kind === "list") this.drawDropDown(td, validation.values);
    td.classList.add("selected");
    this.table?.tHead?.rows[0].cells[active.col + 1]?.classList.add("header-active");
    this.table?.tBodies[0].rows[active.row]?.cells[0]?.classList.add("header-active");
    const view = this.workbook.view(sheet, active);
    if (view.spill) {
      const anchor = view.spill === "anchor" ? active : this.workbook.spillAnchor(sheet, active);
      const range = anchor && this.workbook.spillRange(sheet, anchor);
      const first = range && this.cells[range.start.row]?.[range.start.col];
      const last = range && this.cells[range.end.row]?.[range.end.col];
      if (first && last) {
        const outline = document.createElement("div");
        outline.className = "spill-outline";
        outline.style.left = `${first.offsetLeft - 1}px`;
        outline.style.top = `${first.offsetTop - 1}px`;
        outline.style.width = `${last.offsetLeft + last.offsetWidth - first.offsetLeft + 1}px`;
        outline.style.height = `${last.offsetTop + last.offsetHeight - first.offsetTop + 1}px`;
        this.el.grid.appendChild(outline);
      }
    }
    this.showStatus(sheet, active);
    this.el.nameBox.value = cellAddress(active);
    if (this.editing?.source !== "bar") {
      this.el.formulaBar.value = view.input;
      // A spilled value's formula lives in the anchor: Excel shows it greyed in the formula bar.
      this.el.formulaBar.classList.toggle("ghost", view.spill === "spill");
    }
    this.scrollIntoView(td);
  }

  /** Excel's in-cell drop-down of a list input: a button at the cell's right edge that lists the values. */
  private drawDropDown(td: HTMLElement, values: readonly string[]): void {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "validation-button";
    button.dataset.testid = "validation-button";
    button.textContent = "▾";
    button.title = "Choose from the list";
    button.style.left = `${td.offsetLeft + td.offsetWidth - 17}px`;
    button.style.top = `${td.offsetTop}px`;
    button.style.height = `${td.offsetHeight}px`;
    button.addEventListener("click", () => {
      if (this.el.grid.querySelector(".validation-list")) return;
      const list = document.createElement("ul");
      list.className = "validation-list";
      list.dataset.testid = "validation-list";
      list.setAttribute("role", "listbox");
      list.style.left = `${td.offsetLeft}px`;
      list.style.top = `${td.offsetTop + td.offsetHeight}px`;
      list.style.minWidth = `${td.offsetWidth}px`;
      for (const value of values) {
        const item = document.createElement("li");
        item.setAttribute("role", "option");
        item.textContent = value;
        item.addEventListener("click", () => {
          list.remove();
          this.commit(value);
          this.el.grid.focus();
        });
        list.appendChild(item);
      }
      this.el.grid.appendChild(list);
    });
    this.el.grid.appendChild(button);
  }

  /**
   * The status bar for the selected cell, as keyboard users read it: an error's message (Excel shows it on the
   * error's flag), or where a file's cached result differs from the value recomputed here; otherwise "Ready".
   */
  private showStatus(sheet: string, cell: CellRef): void {
    const at = `${sheet}!${cellAddress(cell)}`;
    if (this.notice !== null && at === this.noticeAt) return;
    this.notice = null;
    this.noticeAt = at;
    if (!this.el.formulaError.hidden) return;
    const view = this.workbook.view(sheet, cell);
    const cached = this.workbook.cachedText(sheet, cell);
    const parts: string[] = [];
    if (view.kind === "error") parts.push(`${view.text}: ${view.message ?? "no message"}`);
    if (cached !== undefined && cached !== view.text)
      parts.push(`The file cached ${cached}; recomputed here: ${view.text || "(empty)"}`);
    this.el.status.textContent = parts.length > 0 ? parts.join(" · ") : "Ready";
  }

  private scrollIntoView(td: HTMLElement): void {
    const grid = this.el.grid;
    const header = 22;
    if (td.offsetTop - header < grid.scrollTop) grid.scrollTop = td.offsetTop - header;
    else if (td.offsetTop + td.offsetHeight > grid.scrollTop + grid.clientHeight)
      grid.scrollTop = td.offsetTop + td.offsetHeight - grid.clientHeight;
    if (td.offsetLeft - 40 < grid.scrollLeft) grid.scrollLeft = td.offsetLeft - 40;
    else if (td.offsetLeft + td.offsetWidth > grid.scrollLeft + grid.clientWidth)
      grid.scrollLeft = td.offsetLeft + td.offsetWidth - grid.clientWidth;
  }

  // ------------------------------------------------------------------------------------------------ editing

  private move(dRow: number, dCol: number): void {
    const a = this.workbook.activeCell;
    this.workbook.select({ row: Math.max(0, a.row + dRow), col: Math.max(0, a.col + dCol) });
  }

  /** Enters text into the active cell; false (and the message shown) when Excel would refuse it. */
  private commit(text: string): boolean {
    try {
      this.workbook.enter(this.workbook.activeSheet, this.workbook.activeCell, text);
      this.setFormulaError(null);
      return true;
    } catch (error) {
      if (error instanceof FormulaRejected) {
        this.setFormulaError(error.message);
        return false;
      }
      throw error;
    }
  }

  private setFormulaError(message: string | null): void {
    this.el.formulaError.hidden = message === null;
    this.el.formulaError.textContent = message ?? "";
    this.el.status.textContent = message ?? "Ready";
  }

  private startCellEdit(initial: string): void {
    const td = this.cells[this.workbook.activeCell.row]?.[this.workbook.activeCell.col];
    if (!td) return;
    this.cancelEdit();
    const input = document.createElement("input");
    input.className = "cell-editor";
    input.dataset.testid = "cell-editor";
    input.spellcheck = false;
    input.autocomplete = "off";
    input.value = initial;
    input.style.left = `${td.offsetLeft}px`;
    input.style.top = `${td.offsetTop}px`;
    input.style.minWidth = `${td.offsetWidth}px`;
    input.style.height = `${td.offsetHeight}px`;
    this.el.grid.appendChild(input);
    this.overlay = input;
    this.editing = { source: "cell", input };
    this.el.formulaBar.value = initial;
    this.el.formulaBar.classList.remove("ghost");
    input.addEventListener("input", () => (this.el.formulaBar.value = input.value));
    input.addEventListener("keydown", (event) => {
      const moves: Record<string, [number, number]> = { Enter: [1, 0], Tab: [0, 1] };
      if (event.key in moves) {
        event.preventDefault();
        const [dr, dc] = moves[event.key];
        if (this.commit(input.value)) {
          this.cancelEdit();
          this.move(event.shiftKey ? -dr : dr, event.shiftKey ? -dc : dc);
          this.el.grid.focus();
        }
      } else if (event.key === "Escape") {
        event.preventDefault();
        this.cancelEdit();
        this.setFormulaError(null);
        this.render();
        this.el.grid.focus();
      }
    });
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  /** Commits an in-cell edit in progress (clicking elsewhere commits, as in Excel). */
  private commitEdit(): void {
    if (this.editing?.source === "cell") {
      const text = this.editing.input.value;
      if (this.commit(text)) this.cancelEdit();
    }
  }

  private cancelEdit(): void {
    this.overlay?.remove();
    this.overlay = null;
    this.editing = null;
  }

  // ------------------------------------------------------------------------------------------------ input wiring

  private wireGrid(): void {
    const grid = this.el.grid;
    grid.addEventListener("mousedown", (event) => {
      const td = (event.target as HTMLElement).closest(
        "td[data-cell]"
      ) as HTMLTableCellElement | null;
      if (!td || (event.target as HTMLElement).classList.contains("cell-editor")) return;
      this.commitEdit();
      if (this.editing) return; // the edit was refused: stay in it
      this.workbook.select({ row: Number(td.dataset.row), col: Number(td.dataset.col) });
      event.preventDefault();
      grid.focus();
    });
    grid.addEventListener("dblclick", (event) => {
      const td = (event.target as HTMLElement).closest("td[data-cell]");
      if (td)
        this.startCellEdit(
          this.workbook.inputOf(this.workbook.activeSheet, this.workbook.activeCell)
        );
    });
    grid.addEventListener("keydown", (event) => {
      if (this.editing || event.target !== grid) return;
      const arrows: Record<string, [number, number]> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
        Enter: [1, 0],
        Tab: [0, 1],
      };
      const ctrl = event.ctrlKey || event.metaKey;
      if (event.key in arrows) {
        event.preventDefault();
        const [dr, dc] = arrows[event.key];
        const back = event.shiftKey && (event.key === "Enter" || event.key === "Tab");
        this.move(back ? -dr : dr, back ? -dc : dc);
      } else if (event.key === "F2") {
        event.preventDefault();
        this.startCellEdit(
          this.workbook.inputOf(this.workbook.activeSheet, this.workbook.activeCell)
        );
      } else if (event.key === "Delete") {
        event.preventDefault();
        this.commit("");
      } else if (event.key === "Backspace") {
        event.preventDefault();
        this.startCellEdit("");
      } else if (ctrl && event.key.toLowerCase() === "z") {
        event.preventDefault();
        if (this.workbook.hf.isThereSomethingToUndo()) this.workbook.hf.undo();
        this.render();
      } else if (ctrl && event.key.toLowerCase() === "y") {
        event.preventDefault();
        if (this.workbook.hf.isThereSomethingToRedo()) this.workbook.hf.redo();
        this.render();
      } else if (event.key.length === 1 && !ctrl && !event.altKey) {
        event.preventDefault();
        this.startCellEdit(event.key);
      }
    });
  }

  private wireFormulaBar(): void {
    const bar = this.el.formulaBar;
    bar.addEventListener("focus", () => {
      if (this.editing?.source === "cell") this.commitEdit();
      this.editing = { source: "bar", original: bar.value };
      bar.classList.remove("ghost");
    });
    bar.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        if (this.commit(bar.value)) {
          this.editing = null;
          if (event.key === "Enter") this.move(event.shiftKey ? -1 : 1, 0);
          else this.move(0, event.shiftKey ? -1 : 1);
          this.el.grid.focus();
        }
      } else if (event.key === "Escape") {
        event.preventDefault();
        this.editing = null;
        this.setFormulaError(null);
        this.render();
        this.el.grid.focus();
      }
    });
    bar.addEventListener("blur", () => {
      if (this.editing?.source !== "bar") return;
      const { original } = this.editing;
      this.editing = null;
      if (bar.value !== original && !this.commit(bar.value)) {
        this.el.status.textContent = "The formula was not entered: there's a problem with it.";
      }
      this.render();
    });
  }

  /** Scrolling near the last row or column adds more of them. */
  private wireGrowth(): void {
    const grid = this.el.grid;
    grid.addEventListener("scroll", () => {
      const sheet = this.workbook.activeSheet;
      const grown = this.grown.get(sheet) ?? { rows: 0, cols: 0 };
      const nearBottom = grid.scrollTop + grid.clientHeight > grid.scrollHeight - 4 * ROW_PX;
      const nearRight = grid.scrollLeft + grid.clientWidth > grid.scrollWidth - 2 * DEFAULT_COL_PX;
      if (!nearBottom && !nearRight) return;
      this.grown.set(sheet, {
        rows: grown.rows + (nearBottom ? GROW_ROWS : 0),
        cols: grown.cols + (nearRight ? GROW_COLS : 0),
      });
      this.render();
    });
  }

  private wireNameBox(): void {
    const box = this.el.nameBox;
    box.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      const target: CellRef | undefined = parseCell(box.value);
      if (target) this.workbook.select(target);
      this.el.grid.focus();
    });
  }
}
