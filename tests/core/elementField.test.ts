import { elementField } from "../../src/core/elementField";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { failedWith, failureMessage, ok } from "../_support/outcomes";

const data = realData();
const field = (element: string, name: string) =>
  ok(elementField(data, { element, field: name })).value;

describe("elementField", () => {
  test("fields by name and by alias", () => {
    expect(field("Nd", "atomicNumber")).toBe(60);
    expect(field("neodymium", "z")).toBe(60);
    expect(field("Nd", "factor")).toBe(0.8574);
    expect(field("Nd", "oxidePerMetal")).toBe(1.1664);
    expect(field("Tb", "oxide")).toBe("Tb4O7");
    expect(field("Pr", "oxide formula")).toBe("Pr6O11");
    expect(field("Y", "class")).toBe("heavy");
    expect(field("Sc", "group")).toBe("separate");
    expect(field("Sm", "chinaGroup")).toBe("medium");
    expect(field("Dy", "name")).toBe("Dysprosium");
    expect(field("dysprosium", "symbol")).toBe("Dy");
    expect(field("Pm", "atomicWeight")).toBe(145);
  });

  test("the answer cites the element record", () => {
    const result = ok(elementField(data, { element: "Nd", field: "factor" }));
    expect(result.basis[0].label).toBe("Neodymium (Nd), metalPerOxide");
    expect(result.basis[0].sourceIds).toContain("IUPAC-AW");
  });

  test("a field the sources do not give for the element is notAvailable", () => {
    expect(
      failureMessage(
        elementField(data, { element: "La", field: "chinaGroup" }),
        "notAvailable",
        "missingElementField"
      )
    ).toBe("The dataset gives no chinaGroup for Lanthanum: its sources give none.");
  });

  test("unknown element or field is invalid and lists the accepted values; data is never mutated", () => {
    expect(
      failureMessage(
        elementField(data, { element: "Nd", field: "colour" }),
        "invalid",
        "unknownKeyword"
      )
    ).toBe(
      'Unknown field "colour". Use one of: name, symbol, atomicNumber, group, chinaGroup, atomicWeight, oxideFormula, metalPerOxide, oxidePerMetal.'
    );
    failedWith(elementField(data, { element: "Fe", field: "z" }), "invalid", "unknownKeyword");
    expect(leavesDataUnchanged((d) => elementField(d, { element: "Nd", field: "z" }))).toBe(true);
  });
});
