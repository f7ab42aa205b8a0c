/** Small DOM helpers for component tests. */

export function typeInto(root: HTMLElement, selector: string, value: string): void {
  const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
  if (field === null) throw new Error(`no field ${selector}`);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}

export function check(root: HTMLElement, selector: string): void {
  const field = root.querySelector<HTMLInputElement>(selector);
  if (field === null) throw new Error(`no field ${selector}`);
  field.click();
}

export function clickButton(root: HTMLElement, label: string): void {
  const button = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
    (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === label,
  );
  if (button === undefined) throw new Error(`no button « ${label} »`);
  button.click();
}

export function chooseFile(root: HTMLElement, selector: string, file: File): void {
  const input = root.querySelector<HTMLInputElement>(selector);
  if (input === null) throw new Error(`no file input ${selector}`);
  Object.defineProperty(input, 'files', { value: { item: (index: number) => (index === 0 ? file : null), length: 1 } });
  input.dispatchEvent(new Event('change'));
}
