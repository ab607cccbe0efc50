/**
 * Microsoft's office-addin-mock as the gateway tests use it: `OfficeMockObject`s built from plain mock data,
 * as in Microsoft's add-in template tests, with `context.sync()` counted. A property is readable only after
 * `load` and `context.sync()`, as in Excel; everything else (writes, method calls) is the test's mock data.
 *
 * Three helpers fill what office-addin-mock 4.0 (the latest on npm) leaves out, using only its public API:
 * - `collection`: it reads `load("items/name")` as a property `name` of the `items` array and throws
 *   ("Property name needs to be present in object model"), since arrays are plain values to it; the
 *   collection's `load` loads `items` itself instead, which keeps the semantics (no items before the sync);
 * - `nullable`: `isNullObject` is a property like any other to it, readable only when loaded itself; in
 *   Excel it is known after the next sync, whatever was loaded, and `make` gives it that meaning;
 * - `make`: an object a method returns (`getRange(address)`) is outside the context's tree, so the context's
 *   sync would never reach it; the counting sync syncs every object made here too.
 */
import { OfficeMockObject } from "office-addin-mock";

/** A mock object as the tests use it: its data's properties and methods, and office-addin-mock's own. */
export type Mock = OfficeMockObject & Record<string, any>;

type Data = Record<string, unknown>;

const ownLoad = OfficeMockObject.prototype.load;

export class MockExcel {
  private readonly made: Mock[] = [];
  /** `context.sync()` calls so far. */
  syncs = 0;

  /** A mock object from `data` that every `context.sync()` of this mock reaches. */
  make(data: Data): Mock {
    const { isNullObject, ...rest } = data;
    const mock = new OfficeMockObject(rest, "excel" as never) as Mock;
    if (typeof isNullObject === "boolean") {
      const asked = this.syncs;
      Object.defineProperty(mock, "isNullObject", {
        get: () => {
          if (this.syncs === asked) throw new Error("isNullObject read before context.sync()");
          return isNullObject;
        },
      });
    }
    this.made.push(mock);
    return mock;
  }

  /** A request context over `workbook` (mock data), its sync counted. */
  context(workbook: Data): Mock {
    const context = new OfficeMockObject({ workbook }, "excel" as never) as Mock;
    const ownSync = context.sync.bind(context);
    context.sync = async () => {
      this.syncs += 1;
      await ownSync();
      for (const mock of this.made) await mock.sync();
      // office-addin-mock copies a loaded value onto its object a few microtasks after its sync returns.
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    return context;
  }
}

/** Mock data of a collection whose `items` are loaded with `load("items/…")`. */
export function collection(items: readonly Data[], methods: Data = {}): Data {
  return {
    ...methods,
    items,
    load(this: Mock) {
      return ownLoad.call(this, "items");
    },
  };
}

/** Mock data of what a `…OrNullObject` method returns (for `MockExcel.make`). */
export function nullable(isNull: boolean, data: Data = {}): Data {
  return { ...data, isNullObject: isNull };
}
