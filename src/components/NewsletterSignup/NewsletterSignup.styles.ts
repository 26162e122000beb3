import { styled } from 'styled-components';
import { leadingBody, leadingTight, scriptSizes, typeMd, typeXl } from '../../theme/scriptType';
import { focusRing } from '../../theme/focusRing';
import { formControls } from '../../theme/formControls';
import { formGuidance } from '../../theme/formGuidance';
import {
  colorAccent,
  colorError,
  colorBorder,
  colorLink,
  colorSurface,
  colorText,
  fontHeadline,
  fontUi,
  radiusMd,
  spaceLg,
  spaceMd,
  spaceSm,
} from '../../theme/vars';
import { wrapAnywhere } from '../../theme/wrapAnywhere';

// data-variant picks the frame (inline: rules above and below; card: a box), data-state the
// colour of the status line. formControls hides the spam trap.
export const NewsletterRoot = styled.section.withConfig({ componentId: 'bs-newsletter' })`
  ${scriptSizes}
  border-block: 1px solid ${colorBorder};
  padding-block: ${spaceLg};
  color: ${colorText};
  font: ${typeMd} / ${leadingBody} ${fontUi};
  ${wrapAnywhere}
  &[data-variant='card'] {
    border: 1px solid ${colorBorder};
    border-radius: ${radiusMd};
    padding-inline: ${spaceLg};
    background: ${colorSurface};
  }
  ${formControls}
  ${formGuidance}
  /* One rhythm: the description hangs from the title, then a step of spaceMd between the
     description, each field and the button. */
  [data-part='title'] {
    margin: 0;
    font: 700 ${typeXl} / ${leadingTight} ${fontHeadline};
  }
  [data-part='description'] {
    margin: ${spaceSm} 0 0;
  }
  form {
    display: grid;
    gap: ${spaceMd};
    max-inline-size: 32rem;
    margin-block-start: ${spaceMd};
  }
  [data-part='privacy'] {
    margin: 0;
  }
  a {
    color: ${colorLink};
    ${focusRing}
  }
  [data-part='status'] {
    margin: 0;
    font-weight: 700;
  }
  [data-part='status']:not(:empty) {
    margin-block-start: ${spaceMd};
  }
  &[data-state='failed'] [data-part='status'] {
    color: ${colorError};
  }
  /* A sign-up that went through: a panel in place of the form, which takes focus. */
  [data-part='confirmation'] {
    max-inline-size: 32rem;
    margin-block-start: ${spaceMd};
    border-inline-start: 4px solid ${colorAccent};
    padding: ${spaceMd};
    background: ${colorSurface};
    font-weight: 700;
    ${focusRing}
  }
  [data-part='confirmation-message'] {
    margin: 0;
  }
`;
