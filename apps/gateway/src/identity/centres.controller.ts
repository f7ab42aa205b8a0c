import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CENTRE_ROLES,
  CENTRE_TYPES,
  type CentreView,
  IdentitySubjects,
  type InvitationCreated,
  type MemberView,
  STAFF_ROLES,
  type UserView,
} from '@pix/contracts';
import { type Actor, MessageBus } from '@pix/platform';
import { z } from 'zod';
import { CentreAccess, CurrentActor, StaffOnly } from '../auth/auth.decorators';
import { ApiZodBody } from '../http/openapi';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { idParam } from '../http/params';

const createCentreSchema = z.object({
  type: z.enum(CENTRE_TYPES, { error: 'Le type de centre doit être SCO, SUP ou PRO.' }),
  name: z.string().max(255),
  uai: z.string().max(20).nullish(),
  address: z.object({ street: z.string().max(255), postalCode: z.string().max(10), city: z.string().max(255) }),
});

const inviteSchema = z.object({
  email: z.string().max(254),
  role: z.enum(CENTRE_ROLES, { error: 'Le rôle doit être ADMIN ou MEMBER.' }).default('MEMBER'),
});

const roleSchema = z.object({ role: z.enum(CENTRE_ROLES, { error: 'Le rôle doit être ADMIN ou MEMBER.' }) });

const createUserSchema = z.object({
  firstName: z.string().max(100),
  lastName: z.string().max(100),
  email: z.string().max(254),
  password: z.string().max(1024),
  staffRole: z.enum(STAFF_ROLES).nullish(),
});

@ApiTags('centres')
@ApiBearerAuth()
@Controller()
export class CentresController {
  constructor(private readonly bus: MessageBus) {}

  @Post('users')
  @StaffOnly('SUPER_ADMIN')
  @ApiOperation({ summary: 'Create an account (national staff role optional) — SUPER_ADMIN only' })
  @ApiZodBody(createUserSchema)
  createUser(@Body(new ZodValidationPipe(createUserSchema)) body: z.infer<typeof createUserSchema>): Promise<UserView> {
    return this.bus.request(IdentitySubjects.createAccount, body);
  }

  @Post('centres')
  @StaffOnly('SUPER_ADMIN', 'CERTIF', 'SUPPORT')
  @ApiOperation({ summary: 'Register a certification centre — national staff' })
  @ApiZodBody(createCentreSchema)
  createCentre(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(createCentreSchema)) body: z.infer<typeof createCentreSchema>,
  ): Promise<CentreView> {
    return this.bus.request(IdentitySubjects.createCentre, { ...body, createdBy: actor.userId });
  }

  @Get('centres')
  @ApiOperation({ summary: 'Centres the caller may see: all of them for staff, their own for members' })
  listCentres(@CurrentActor() actor: Actor): Promise<{ centres: readonly CentreView[] }> {
    return this.bus.request(
      IdentitySubjects.listCentres,
      actor.staffRole === null ? { centreIds: actor.centres.map((centre) => centre.id) } : {},
    );
  }

  @Get('centres/:centreId')
  @CentreAccess('read')
  @ApiOperation({ summary: 'One centre' })
  getCentre(@Param('centreId', idParam) centreId: number): Promise<CentreView> {
    return this.bus.request(IdentitySubjects.getCentre, { centreId });
  }

  @Get('centres/:centreId/members')
  @CentreAccess('read')
  @ApiOperation({ summary: 'Members of a centre with their roles' })
  members(@Param('centreId', idParam) centreId: number): Promise<{ members: readonly MemberView[] }> {
    return this.bus.request(IdentitySubjects.listMembers, { centreId });
  }

  @Post('centres/:centreId/invitations')
  @CentreAccess('ADMIN')
  @ApiOperation({
    summary: 'Invite someone to the centre — centre ADMIN',
    description: 'Returns the single-use token of the invitation link (`/invitation/<token>`), valid 7 days.',
  })
  @ApiZodBody(inviteSchema)
  invite(
    @CurrentActor() actor: Actor,
    @Param('centreId', idParam) centreId: number,
    @Body(new ZodValidationPipe(inviteSchema)) body: z.infer<typeof inviteSchema>,
  ): Promise<InvitationCreated> {
    return this.bus.request(IdentitySubjects.inviteMember, { ...body, centreId, invitedBy: actor.userId });
  }

  @Patch('centres/:centreId/members/:userId')
  @CentreAccess('ADMIN')
  @ApiOperation({ summary: 'Change a member’s role — centre ADMIN; the last ADMIN cannot be demoted' })
  @ApiZodBody(roleSchema)
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('centreId', idParam) centreId: number,
    @Param('userId', idParam) userId: number,
    @Body(new ZodValidationPipe(roleSchema)) body: z.infer<typeof roleSchema>,
  ): Promise<MemberView> {
    return this.bus.request(IdentitySubjects.changeMemberRole, {
      centreId,
      userId,
      role: body.role,
      changedBy: actor.userId,
    });
  }
}
