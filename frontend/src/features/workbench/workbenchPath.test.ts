import { describe, expect, it } from 'vitest';
import { conversationInPath, workbenchPathFor } from './workbenchPath';

describe('workbench path', () => {
  it('names the conversation to select and reads it back', () => {
    expect(workbenchPathFor(42)).toBe('/workbench/42');
    expect(conversationInPath(workbenchPathFor(42))).toBe(42);
  });

  it('selects nothing in particular for the plain workbench or anything else', () => {
    expect(conversationInPath('/workbench')).toBeNull();
    expect(conversationInPath('/workbench/abc')).toBeNull();
    expect(conversationInPath('/fans')).toBeNull();
  });
});
