import type { FlowTemplate } from '../../storage/templates';

interface TemplateCardsProps {
  templates: readonly FlowTemplate[];
  onUse(template: FlowTemplate): void;
}

/** Starter templates as cards: name, what it shows, and a button to start from it. */
export function TemplateCards({ templates, onUse }: TemplateCardsProps) {
  return (
    <ul className="library-templates">
      {templates.map((template) => (
        <li key={template.id} className="library-card">
          <h3>{template.name}</h3>
          <p>{template.description}</p>
          <button type="button" onClick={() => onUse(template)} aria-label={`Use template ${template.name}`}>
            Use template
          </button>
        </li>
      ))}
    </ul>
  );
}
