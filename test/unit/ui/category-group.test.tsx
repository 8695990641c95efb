import { h } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { CategoryGroup, type CategoryGroupProps } from '../../../src/ui/category-group';

afterEach(cleanup);

const services = [
  { id: 'plausible', title: 'Plausible' },
  { id: 'Google Analytics', title: 'Google Analytics' },
];

/** The group over a live draft, as the dialog holds it. */
function Harness(
  props: Partial<CategoryGroupProps> & {
    initial?: Record<string, boolean>;
    spy?: (c: Record<string, boolean>) => void;
  },
) {
  const [choice, setChoice] = useState<Record<string, boolean>>(props.initial ?? {});
  return (
    <CategoryGroup
      id="analytics"
      title="Analytics"
      description="How visitors use the site."
      services={services}
      {...props}
      choice={choice}
      onChange={(changes) => {
        props.spy?.(changes);
        setChoice({ ...choice, ...changes });
      }}
    />
  );
}

const group = () => screen.getByRole('checkbox', { name: 'Analytics' });
const service = (name: string) => screen.getByRole<HTMLInputElement>('switch', { name });

describe('CategoryGroup', () => {
  it('is a tri-state checkbox with one switch per service, all off until the visitor acts', () => {
    render(<Harness />);
    expect(group().getAttribute('aria-checked')).toBe('false');
    expect(service('Plausible').checked).toBe(false);
    expect(service('Google Analytics').checked).toBe(false);
    expect(screen.queryByRole('switch', { name: 'Analytics' })).toBeNull();
  });

  it('is mixed when some services are on, and its description is announced', () => {
    render(<Harness />);
    fireEvent.click(service('Google Analytics'));
    expect(group().getAttribute('aria-checked')).toBe('mixed');
    expect(group().getAttribute('aria-describedby')).toBe('category-analytics-description');
  });

  it('turns the category and all its services on from mixed, then all off', () => {
    const spy = vi.fn();
    render(<Harness spy={spy} initial={{ plausible: true }} />);
    expect(group().getAttribute('aria-checked')).toBe('mixed');
    fireEvent.click(group());
    expect(spy).toHaveBeenLastCalledWith({ analytics: true, plausible: true, 'Google Analytics': true });
    expect(group().getAttribute('aria-checked')).toBe('true');
    fireEvent.click(group());
    expect(group().getAttribute('aria-checked')).toBe('false');
    expect(service('Plausible').checked).toBe(false);
  });

  it('turning one service off leaves the category on and shows mixed', () => {
    const spy = vi.fn();
    render(<Harness spy={spy} initial={{ analytics: true }} />);
    expect(group().getAttribute('aria-checked')).toBe('true');
    fireEvent.click(service('Plausible'));
    expect(spy).toHaveBeenLastCalledWith({ plausible: false });
    expect(group().getAttribute('aria-checked')).toBe('mixed');
  });

  it('is operable by keyboard: focusable, and Space toggles', () => {
    render(<Harness />);
    group().focus();
    expect(document.activeElement).toBe(group());
    fireEvent.keyDown(group(), { key: ' ' });
    expect(group().getAttribute('aria-checked')).toBe('true');
    fireEvent.keyDown(group(), { key: 'Enter' });
    expect(group().getAttribute('aria-checked')).toBe('true');
  });

  it('stays a switch for a category without services', () => {
    const spy = vi.fn();
    render(<Harness services={[]} spy={spy} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Analytics' }));
    expect(spy).toHaveBeenLastCalledWith({ analytics: true });
  });

  it('shows a required category on, with its services, and does not change it', () => {
    const spy = vi.fn();
    render(<Harness required requiredLabel="Always on" spy={spy} />);
    expect(group().getAttribute('aria-checked')).toBe('true');
    expect(group().getAttribute('aria-disabled')).toBe('true');
    expect(service('Plausible').disabled).toBe(true);
    expect(screen.getByText('Always on')).toBeTruthy();
    fireEvent.click(group());
    expect(spy).not.toHaveBeenCalled();
  });

  it('renders names from the config and the page as text', () => {
    render(<Harness services={[{ id: '<b>x</b>', title: '<img src=x onerror=alert(1)>' }]} />);
    expect(service('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
