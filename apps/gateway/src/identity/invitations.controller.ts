import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentitySubjects, type InvitationView, type MembershipView } from '@pix/contracts';
import { MessageBus } from '@pix/platform';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators';
import { ApiZodBody } from '../http/openapi';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Ce lien d’invitation est invalide.');

const acceptSchema = z.object({
  password: z.string().min(1, 'Saisissez un mot de passe.').max(1024),
  firstName: z.string().max(100).optional(),
  lastName: z.string().max(100).optional(),
});

@ApiTags('centres')
@Public()
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly bus: MessageBus) {}

  @Get(':token')
  @ApiOperation({ summary: 'What an invitation link is for (centre, email, role), before accepting it' })
  get(@Param('token', new ZodValidationPipe(tokenSchema)) token: string): Promise<InvitationView> {
    return this.bus.request(IdentitySubjects.getInvitation, { token });
  }

  @Post(':token/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept an invitation: with the password of the existing account, or creating the account',
  })
  @ApiZodBody(acceptSchema)
  accept(
    @Param('token', new ZodValidationPipe(tokenSchema)) token: string,
    @Body(new ZodValidationPipe(acceptSchema)) body: z.infer<typeof acceptSchema>,
  ): Promise<MembershipView> {
    return this.bus.request(IdentitySubjects.acceptInvitation, { ...body, token });
  }
}
